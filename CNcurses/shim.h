#ifndef HEARTH_CNCURSES_SHIM_H
#define HEARTH_CNCURSES_SHIM_H
/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, which hides the wide-character API. */
#define NCURSES_WIDECHAR 1
#include <ncurses.h>
#include <locale.h>
#include <wchar.h>
#endif
