/* Replays fuzz inputs without libFuzzer: every file named on the command line, or found in a folder
 * named there, is fed once to the target's LLVMFuzzerTestOneInput. A crash or a broken promise stops
 * the program (and fails the test); otherwise it prints one "ok" line per input and "N passed, 0 failed".
 * Used by the test suite on the seed corpus and on tests/fuzz/regressions/<target>/. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int replay_file(const char *path)
{
  FILE *f = fopen(path, "rb");
  if (f == NULL) {
    fprintf(stderr, "%s: cannot open: %s\n", path, strerror(errno));
    return -1;
  }
  size_t cap = 4096, len = 0;
  unsigned char *data = malloc(cap);
  for (;;) {
    if (data == NULL) {
      fclose(f);
      fprintf(stderr, "%s: out of memory\n", path);
      return -1;
    }
    size_t got = fread(data + len, 1, cap - len, f);
    len += got;
    if (got == 0)
      break;
    if (len == cap) {
      unsigned char *grown = realloc(data, cap * 2);
      if (grown == NULL)
        free(data);
      data = grown;
      cap *= 2;
    }
  }
  int failed = ferror(f);
  fclose(f);
  if (failed) {
    free(data);
    fprintf(stderr, "%s: cannot read\n", path);
    return -1;
  }
  /* Exactly `len` bytes on the heap, so a read past the end shows under ASan and valgrind. */
  unsigned char *exact = malloc(len ? len : 1);
  if (exact == NULL) {
    free(data);
    return -1;
  }
  memcpy(exact, data, len);
  free(data);
  LLVMFuzzerTestOneInput(exact, len);
  free(exact);
  printf("ok   %s\n", path);
  fflush(stdout);
  return 0;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Replays every regular file of a folder, in name order; returns how many, or -1. */
static int replay_folder(const char *dir)
{
  DIR *d = opendir(dir);
  if (d == NULL) {
    fprintf(stderr, "%s: cannot open folder: %s\n", dir, strerror(errno));
    return -1;
  }
  char **names = NULL;
  size_t count = 0;
  for (struct dirent *e = readdir(d); e != NULL; e = readdir(d)) {
    if (e->d_name[0] == '.')
      continue;
    char **grown = realloc(names, (count + 1) * sizeof *names);
    size_t n = strlen(dir) + strlen(e->d_name) + 2;
    char *path = malloc(n);
    if (grown == NULL || path == NULL) {
      fprintf(stderr, "out of memory\n");
      exit(1);
    }
    names = grown;
    snprintf(path, n, "%s/%s", dir, e->d_name);
    names[count++] = path;
  }
  closedir(d);
  if (count > 0)
    qsort(names, count, sizeof *names, by_name);
  int replayed = 0, rc = 0;
  for (size_t i = 0; i < count; i++) {
    struct stat st;
    if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
      if (replay_file(names[i]) < 0)
        rc = -1;
      else
        replayed++;
    }
    free(names[i]);
  }
  free(names);
  return rc < 0 ? -1 : replayed;
}

int main(int argc, char **argv)
{
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE|FOLDER...\n", argv[0]);
    return 2;
  }
  int passed = 0, failed = 0;
  for (int i = 1; i < argc; i++) {
    struct stat st;
    if (stat(argv[i], &st) != 0) {
      fprintf(stderr, "%s: %s\n", argv[i], strerror(errno));
      failed++;
    } else if (S_ISDIR(st.st_mode)) {
      int n = replay_folder(argv[i]);
      if (n < 0)
        failed++;
      else
        passed += n;
    } else if (replay_file(argv[i]) < 0) {
      failed++;
    } else {
      passed++;
    }
  }
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
