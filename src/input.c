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

static const char *kind_of(mode_t mode, const egca_error *err)
{
  if (S_ISDIR(mode))
    return EGCA__TR(err, "a directory", "目录");
  if (S_ISFIFO(mode))
    return EGCA__TR(err, "a FIFO", "FIFO管道");
  if (S_ISSOCK(mode))
    return EGCA__TR(err, "a socket", "套接字");
  if (S_ISCHR(mode))
    return EGCA__TR(err, "a character device", "字符设备");
  if (S_ISBLK(mode))
    return EGCA__TR(err, "a block device", "块设备");
  return EGCA__TR(err, "not a file", "其他类型");
}

const char *egca__errno_text(int e, const egca_error *err) { return egca_errno_text(e, egca__error_lang(err)); }

EGCA_API const char *egca_errno_text(int e, egca_lang lang)
{
  if (lang == EGCA_LANG_EN)
    return strerror(e);
  switch (e) {
  case ENOENT: return "文件或目录不存在";
  case EACCES: return "没有权限";
  case EPERM: return "操作不被允许";
  case EISDIR: return "是目录";
  case ENOTDIR: return "路径中有一项不是目录";
  case ELOOP: return "符号链接层数过多";
  case ENAMETOOLONG: return "文件名过长";
  case EIO: return "输入输出错误";
  case EMFILE:
  case ENFILE: return "打开的文件过多";
  case ENOMEM: return "内存不足";
  case ENOSPC: return "设备上没有空间";
  case EPIPE: return "管道已断开";
  case EADDRINUSE: return "地址已被占用";
  case EADDRNOTAVAIL: return "无法分配所请求的地址";
  default: return strerror(e);
  }
}

static int readable(mode_t mode, int pipe_ok) { return S_ISREG(mode) || (pipe_ok && S_ISFIFO(mode)); }

static int refuse(const char *path, mode_t mode, int pipe_ok, egca_error *err)
{
  if (pipe_ok)
    return egca__fail(err, EGCA_E_IO, path, 0,
                      EGCA__TR(err, "not a regular file or a pipe (%s)",
                               "不是普通文件或管道（%s）"), kind_of(mode, err));
  return egca__fail(err, EGCA_E_IO, path, 0, EGCA__TR(err, "not a regular file (%s)", "不是普通文件（%s）"),
                    kind_of(mode, err));
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
    return egca__fail(err, EGCA_E_IO, path, 0, EGCA__TR(err, "cannot open: %s",
                                                        "无法打开：%s"), egca__errno_text(e, err));
  }
  if (fstat(fd, &st) != 0) {
    const int e = errno;
    close(fd);
    return egca__fail(err, EGCA_E_IO, path, 0, EGCA__TR(err, "cannot open: %s",
                                                        "无法打开：%s"), egca__errno_text(e, err));
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
    return egca__fail(err, EGCA_E_IO, path, 0, EGCA__TR(err, "cannot open: %s",
                                                        "无法打开：%s"), egca__errno_text(e, err));
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
        return egca__fail(err, EGCA_E_INVALID, path, 0,
                          EGCA__TR(err, "file is larger than the limit of %zu bytes",
                                   "文件超过%zu字节的上限"), max_len);
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
        return egca__fail(err, EGCA_E_IO, path, 0, EGCA__TR(err, "cannot read: %s",
                                                            "无法读取：%s"), egca__errno_text(e, err));
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
