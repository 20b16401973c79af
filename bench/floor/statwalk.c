/* The floor of issue 15's design in C: list every year folder of a journal's checkins/ and moments/ and stat
 * each file in them (what a reader must do before it may trust its index), on one thread or two, then print the
 * count. Nothing is read, decoded or printed per file. Built and timed by bench/floor. */
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char folders[256][512];
static int folderCount;

static void collect(const char *root, const char *kind) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", root, kind);
    DIR *dir = opendir(path);
    if (!dir) return;
    struct dirent *entry;
    while ((entry = readdir(dir)) && folderCount < 256)
        if (entry->d_name[0] != '.')
            snprintf(folders[folderCount++], 512, "%s/%s", path, entry->d_name);
    closedir(dir);
}

static long walk(int first, int step) {
    long count = 0;
    for (int index = first; index < folderCount; index += step) {
        int fd = open(folders[index], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        DIR *dir = fd < 0 ? NULL : fdopendir(fd);
        if (!dir) continue;
        struct dirent *entry;
        struct stat status;
        while ((entry = readdir(dir)))
            if (entry->d_name[0] != '.' && fstatat(fd, entry->d_name, &status, AT_SYMLINK_NOFOLLOW) == 0)
                count++;
        closedir(dir);
    }
    return count;
}

static void *second(void *unused) {
    (void)unused;
    return (void *)walk(1, 2);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: statwalk JOURNAL THREADS(1|2)\n");
        return 2;
    }
    collect(argv[1], "checkins");
    collect(argv[1], "moments");
    long count;
    if (atoi(argv[2]) == 2) {
        pthread_t thread;
        void *theirs;
        pthread_create(&thread, NULL, second, NULL);
        count = walk(0, 2);
        pthread_join(thread, &theirs);
        count += (long)theirs;
    } else {
        count = walk(0, 1);
    }
    printf("%ld\n", count);
    return 0;
}
