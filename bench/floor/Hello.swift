// A Swift program that prints one line, built as hearth is: the start-up every Swift command pays.
print("hello")
