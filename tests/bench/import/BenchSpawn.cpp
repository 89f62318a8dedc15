// SPDX-License-Identifier: GPL-3.0-or-later
// bench_spawn RESULT_FILE PROGRAM [ARGS...]: runs PROGRAM as its child (fork + execvp, standard streams and
// environment inherited), waits for it with wait4() and writes one line to RESULT_FILE:
//     <exit code> <signal> <wall s> <user s> <system s> <max rss KiB>
//
// Why a separate, Qt-free program: Linux charges a child's ru_maxrss with the high-water RSS of the address
// space it exec'd from. posix_spawn() (vfork) from the bench would add the bench's own peak (Qt, parsed JSON,
// ~10 MiB and growing) to every contender; fork() from this tiny process adds ~1 MiB, the same for everyone.
// Exit status: 0 when RESULT_FILE was written (whatever PROGRAM did), 2 on usage or system errors.
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

double monotonicSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double seconds(const timeval& tv)
{
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_spawn RESULT_FILE PROGRAM [ARGS...]\n");
        return 2;
    }
    const double start = monotonicSeconds();
    const pid_t pid = fork();
    if (pid < 0) {
        std::fprintf(stderr, "bench_spawn: fork: %s\n", std::strerror(errno));
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        std::fprintf(stderr, "bench_spawn: cannot run %s: %s\n", argv[2], std::strerror(errno));
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    pid_t reaped = -1;
    do {
        reaped = wait4(pid, &status, 0, &usage);
    } while (reaped < 0 && errno == EINTR);
    const double wall = monotonicSeconds() - start;
    if (reaped != pid) {
        std::fprintf(stderr, "bench_spawn: wait4: %s\n", std::strerror(errno));
        return 2;
    }
    std::FILE* out = std::fopen(argv[1], "w");
    if (!out) {
        std::fprintf(stderr, "bench_spawn: cannot write %s: %s\n", argv[1], std::strerror(errno));
        return 2;
    }
    std::fprintf(out, "%d %d %.6f %.6f %.6f %ld\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1,
        WIFSIGNALED(status) ? WTERMSIG(status) : 0, wall, seconds(usage.ru_utime), seconds(usage.ru_stime),
        usage.ru_maxrss);
    return std::fclose(out) == 0 ? 0 : 2;
}
