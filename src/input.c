/* egca — reading a named input whole, within a limit: the one reader behind every file the library opens
 * (a case, a profile, a rules file, an iCalendar file), so that each front end gets the same limits and
 * the same refusals.
 *
 * Place in the flow: the first step of every loader; it knows bytes and files, nothing of their format. */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *kind_of(mode_t mode)
{
  if (S_ISDIR(mode))
    return "a directory";
  if (S_ISFIFO(mode))
    return "a FIFO";
  if (S_ISSOCK(mode))
    return "a socket";
  if (S_ISCHR(mode))
    return "a character device";
  if (S_ISBLK(mode))
    return "a block device";
  return "not a file";
}

static int readable(mode_t mode, int pipe_ok) { return S_ISREG(mode) || (pipe_ok && S_ISFIFO(mode)); }

static int refuse(const char *path, mode_t mode, int pipe_ok, egca_error *err)
{
  if (pipe_ok)
    return egca__fail(err, EGCA_E_IO, path, 0, "not a regular file or a pipe (%s)", kind_of(mode));
  return egca__fail(err, EGCA_E_IO, path, 0, "not a regular file (%s)", kind_of(mode));
}

int egca__read_input(char **out, size_t *len, const char *path, size_t max_len, int pipe_ok, egca_error *err)
{
  *out = NULL;
  *len = 0;
  /* Anything but a regular file (or a pipe the caller named) could be read forever or block forever: a
   * FIFO with no writer blocks open(), a terminal waits for a person, /dev/zero never ends. It is opened
   * without waiting, and what was opened is checked, whatever the path names by now. */
  struct stat st;
  const int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    const int e = errno;
    if (stat(path, &st) == 0 && !readable(st.st_mode, pipe_ok)) /* a socket cannot even be opened */
      return refuse(path, st.st_mode, pipe_ok, err);
    return egca__fail(err, EGCA_E_IO, path, 0, "cannot open: %s", strerror(e));
  }
  if (fstat(fd, &st) != 0) {
    const int e = errno;
    close(fd);
    return egca__fail(err, EGCA_E_IO, path, 0, "cannot open: %s", strerror(e));
  }
  if (!readable(st.st_mode, pipe_ok)) {
    close(fd);
    return refuse(path, st.st_mode, pipe_ok, err);
  }
  /* Reading waits again from here on: a pipe ends when its writer closes it (with no writer, at once). */
  const int flags = fcntl(fd, F_GETFL);
  FILE *f = flags >= 0 && fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0 ? fdopen(fd, "rb") : NULL;
  if (f == NULL) {
    const int e = errno;
    close(fd);
    return egca__fail(err, EGCA_E_IO, path, 0, "cannot open: %s", strerror(e));
  }
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap + 1);
  if (buf == NULL) {
    fclose(f);
    return egca__fail_nomem(err);
  }
  for (;;) {
    if (n == cap) {
      /* A file of exactly max_len bytes is within the limit: look for one byte more. */
      char probe;
      if (cap >= max_len && fread(&probe, 1, 1, f) == 0 && !ferror(f))
        break;
      if (cap >= max_len) {
        free(buf);
        fclose(f);
        return egca__fail(err, EGCA_E_INVALID, path, 0, "file is larger than the limit of %zu bytes", max_len);
      }
      size_t next = cap * 2 > max_len ? max_len : cap * 2;
      char *grown = realloc(buf, next + 1);
      if (grown == NULL) {
        free(buf);
        fclose(f);
        return egca__fail_nomem(err);
      }
      buf = grown;
      cap = next;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0) {
      if (ferror(f)) {
        int e = errno;
        free(buf);
        fclose(f);
        return egca__fail(err, EGCA_E_IO, path, 0, "cannot read: %s", strerror(e));
      }
      break;
    }
  }
  fclose(f);
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return 0;
}
