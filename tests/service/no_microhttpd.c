/* Preloaded (LD_PRELOAD) by nolib.py: dlopen finds no libmicrohttpd, as on a machine without it; every other
 * library loads as usual. dlerror then says so in the loader's own words. */
#define _GNU_SOURCE /* RTLD_NEXT */
#include <dlfcn.h>
#include <stddef.h>
#include <string.h>

static int refused;

void *dlopen(const char *file, int mode)
{
  if (file != NULL && strstr(file, "libmicrohttpd") != NULL) {
    refused = 1;
    return NULL;
  }
  void *(*next)(const char *, int);
  void *f = dlsym(RTLD_NEXT, "dlopen");
  memcpy(&next, &f, sizeof f);
  return next(file, mode);
}

char *dlerror(void)
{
  if (refused) {
    refused = 0;
    return (char *)"libmicrohttpd: cannot open shared object file: No such file or directory";
  }
  char *(*next)(void);
  void *f = dlsym(RTLD_NEXT, "dlerror");
  memcpy(&next, &f, sizeof f);
  return next();
}
