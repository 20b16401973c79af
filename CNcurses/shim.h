#ifndef HEARTH_CNCURSES_SHIM_H
#define HEARTH_CNCURSES_SHIM_H
/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, which hides the wide-character API. */
#define NCURSES_WIDECHAR 1
#include <ncurses.h>
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <unistd.h>
#include <termios.h>

/* Swift 6 rejects C globals (stdscr, COLORS, stdin ...) as shared mutable state: accessors instead. */
static inline WINDOW *hearth_stdscr(void) { return stdscr; }
static inline int hearth_colors(void) { return COLORS; }
static inline int hearth_color_pairs(void) { return COLOR_PAIRS; }
static inline void hearth_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }

/* newterm instead of initscr: initscr exits the process on an unknown TERM, newterm returns NULL. */
static inline SCREEN *hearth_newterm(void) { return newterm(NULL, stdout, stdin); }

/* Attribute macros are built from NCURSES_BITS, which Swift cannot import. */
static inline attr_t hearth_a_normal(void) { return A_NORMAL; }
static inline attr_t hearth_a_bold(void) { return A_BOLD; }
static inline attr_t hearth_a_reverse(void) { return A_REVERSE; }
static inline attr_t hearth_a_underline(void) { return A_UNDERLINE; }
static inline attr_t hearth_a_dim(void) { return A_DIM; }

/* ---- Bracketed paste (xterm mode 2004). ----
   The terminal wraps pasted text in ESC[200~ ... ESC[201~, so a pasted line break reaches a text field as
   text instead of pressing Enter. ncurses reports the markers as these key codes, far above any it assigns. */
#define HEARTH_KEY_PASTE_BEGIN 0x7E00
#define HEARTH_KEY_PASTE_END 0x7E01

static inline void hearth_define_paste_keys(void) {
    define_key("\033[200~", HEARTH_KEY_PASTE_BEGIN);
    define_key("\033[201~", HEARTH_KEY_PASTE_END);
}

/* Async-signal-safe (write only): the crash and exit paths turn the mode off too, or a shell that does not
   expect it would show the markers around everything pasted after Hearth is gone. */
static inline void hearth_set_bracketed_paste(int on) {
    const char *sequence = on ? "\033[?2004h" : "\033[?2004l";
    ssize_t written = write(STDOUT_FILENO, sequence, 8);
    (void) written;
}

/* ---- Signals and restore. ----
   These statics live in every translation unit that includes this header, and Swift emits
   inline functions per source file: only Sources/HearthTerminal/TerminalSession.swift may call
   the functions below, so the handler, the flag and the reader all share one copy. */

/* Storage sits in function-local statics: Swift's importer emits the functions it calls, with their
   locals, but not file-scope statics that only C code reads. */
static inline volatile sig_atomic_t *hearth_pending_signal(void) { static volatile sig_atomic_t value; return &value; }
static inline volatile sig_atomic_t *hearth_screen_active(void) { static volatile sig_atomic_t value; return &value; }
static inline struct sigaction *hearth_previous_action(int signal_number) {
    static struct sigaction actions[NSIG];
    return &actions[signal_number];
}

static inline volatile sig_atomic_t *hearth_keep_backtracer(void) { static volatile sig_atomic_t value; return &value; }

/* A signal asking Hearth to stop (SIGTERM, SIGUSR1, a crash signal sent with kill ...): only record it
   (async-signal-safe); the main loop drafts the answer being typed, restores the terminal and exits. */
static void hearth_on_stop_signal(int signal_number) { *hearth_pending_signal() = signal_number; }

/* Writes "hearth: crashed (signal N)..." with write alone: printf is not async-signal-safe. */
static void hearth_write_crash_note(int signal_number) {
    char digits[12];
    int count = 0;
    do { digits[count++] = (char)('0' + signal_number % 10); signal_number /= 10; } while (signal_number > 0 && count < 11);
    char line[160] = "hearth: crashed (signal ";
    size_t length = strlen(line);
    while (count > 0) line[length++] = digits[--count];
    const char *tail = "); to see where, run it again with SWIFT_BACKTRACE=enable=yes,interactive=no\n";
    size_t tail_length = strlen(tail);
    memcpy(line + length, tail, tail_length);
    ssize_t written = write(STDERR_FILENO, line, length + tail_length);
    (void) written;
}

/* SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT. Sent by another process (`kill -SEGV`), nothing is
   broken: stop like SIGTERM, draft included. A real fault (si_code > 0) or our own abort() is a crash:
   restore the terminal and die at once of the same signal. Swift's backtracer, the previous handler, runs
   only when the user asked for it in SWIFT_BACKTRACE: by default it waits for a key on the terminal before
   the process ends (and after a `kill`, it returned to a UI that was already gone). */
static void hearth_on_crash(int signal_number, siginfo_t *info, void *context) {
    (void) context;
    if (info != NULL && info->si_code <= 0 && info->si_pid != getpid()) {
        *hearth_pending_signal() = signal_number;
        return;
    }
    if (*hearth_screen_active()) { *hearth_screen_active() = 0; hearth_set_bracketed_paste(0); endwin(); }
    if (*hearth_keep_backtracer()) {
        sigaction(signal_number, hearth_previous_action(signal_number), NULL);
    } else {
        hearth_write_crash_note(signal_number);
        signal(signal_number, SIG_DFL);
    }
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, signal_number);
    sigprocmask(SIG_UNBLOCK, &mask, NULL);
    raise(signal_number);
}

static void hearth_restore_at_exit(void) {
    if (*hearth_screen_active()) { *hearth_screen_active() = 0; hearth_set_bracketed_paste(0); endwin(); }
}

/* Ctrl-Z: ncurses' own handler leaves full-screen mode, stops the process and comes back; around it, the
   paste mode goes off for the shell and on again on resume. ncurses' handler puts this one back itself. */
static void hearth_on_suspend(int signal_number) {
    struct sigaction *previous = hearth_previous_action(signal_number);
    hearth_set_bracketed_paste(0);
    if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(signal_number);
    } else {
        struct sigaction ours;
        sigaction(signal_number, previous, &ours);
        sigset_t mask;
        sigemptyset(&mask);
        sigaddset(&mask, signal_number);
        sigprocmask(SIG_UNBLOCK, &mask, NULL);
        raise(signal_number);
        sigaction(signal_number, &ours, NULL);
    }
    if (*hearth_screen_active()) hearth_set_bracketed_paste(1);
}

/* Call after newterm, which installs ncurses' SIGTSTP handler that this one wraps. */
static inline void hearth_install_suspend_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = hearth_on_suspend;
    struct sigaction *previous = hearth_previous_action(SIGTSTP);
    sigaction(SIGTSTP, NULL, previous);
    if (previous->sa_handler == SIG_IGN) return;
    sigaction(SIGTSTP, &action, NULL);
}

/* Installs the handlers; call before newterm so ncurses leaves them in place. No SA_RESTART, so a
   blocked read returns and the main loop notices the signal promptly. `keep_backtracer` hands real crashes
   to Swift's backtracer (SWIFT_BACKTRACE was set) instead of ending at once.

   Every signal whose default action ends the process is caught: left alone, any of them would leave the
   terminal raw, the alternate screen on and the cursor hidden, and lose the answer being typed. SIGPIPE is
   one of them: the UI writes to no pipe, so one is a `kill`. SIGKILL and SIGSTOP cannot be caught; SIGTSTP,
   SIGTTIN and SIGTTOU stop the process (ncurses restores around them); SIGCHLD, SIGWINCH, SIGURG and
   SIGCONT are ignored by default. */
static inline void hearth_install_signal_handlers(int keep_backtracer) {
    *hearth_keep_backtracer() = keep_backtracer;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = hearth_on_stop_signal;
    int stops[] = {
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGIO, SIGPIPE,
        SIGXCPU, SIGXFSZ, SIGSYS,
#ifdef SIGPWR
        SIGPWR,
#endif
#ifdef SIGSTKFLT
        SIGSTKFLT,
#endif
#ifdef SIGEMT
        SIGEMT,
#endif
#ifdef SIGLOST
        SIGLOST,
#endif
    };
    for (unsigned i = 0; i < sizeof stops / sizeof stops[0]; i++) sigaction(stops[i], &action, NULL);
#ifdef SIGRTMIN
    /* The real-time signals end the process too; glibc keeps the ones below SIGRTMIN for its threads. */
    for (int number = SIGRTMIN; number <= SIGRTMAX; number++) sigaction(number, &action, NULL);
#endif
    /* A stack overflow is a SIGSEGV with no stack left to run a handler on: give it a stack of its own. */
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        static char alternate[65536];
        stack_t ours = { .ss_sp = alternate, .ss_flags = 0, .ss_size = sizeof alternate };
        sigaltstack(&ours, NULL);
    }
    action.sa_handler = NULL;
    action.sa_sigaction = hearth_on_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++)
        sigaction(crashes[i], &action, hearth_previous_action(crashes[i]));
    atexit(hearth_restore_at_exit);
}

/* cbreak() leaves IXON on, so Ctrl-S would stop all output until Ctrl-Q: the UI would look frozen.
   Clearing IXON and IXOFF hands both keys to the app; endwin puts the shell's modes back. */
static inline void hearth_disable_flow_control(void) {
    struct termios modes;
    if (tcgetattr(STDIN_FILENO, &modes) != 0) return;
    modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    tcsetattr(STDIN_FILENO, TCSANOW, &modes);
}

static inline void hearth_set_screen_active(int active) { *hearth_screen_active() = active; }

/* The signal that arrived since the last call, or 0. */
static inline int hearth_take_pending_signal(void) {
    int signal_number = *hearth_pending_signal();
    *hearth_pending_signal() = 0;
    return signal_number;
}

#endif
