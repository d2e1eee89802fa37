/* SPDX-License-Identifier: Apache-2.0 */
/* discover.h — which translation units to scan, and with which flags.
 *
 * Sources, in order of authority: a JSON compilation database (exactly its
 * units and arguments), a .vcxproj (its ClCompile items, include folders and
 * defines for one Configuration|Platform, with imported .props/.targets and
 * Directory.Build.props), or a walk of the given paths for .c/.cpp files
 * (zero-config). A walk reads the project files it meets — .vcxproj, WDK
 * `sources` files and CMakeLists.txt (literal commands only, with the folders
 * and definitions inherited from parent CMakeLists.txt) — and never runs
 * them. Walks skip hidden folders and build outputs. Errors are one line
 * each, "file: problem", and never stop the discovery of the other paths.
 *
 * Units that are not kernel code (user-mode programs and DLLs, MFC dialogs,
 * co-installers, test programs) are kept in the list with `skip` set, so the
 * scan can say what it left out: by their project's type when a project
 * names them, otherwise by what their own text includes (see
 * discover_user_mode_reason). A unit no project names is also skipped when
 * another unit #includes it (it is compiled as part of that one), or when it
 * lies under another system's folder (os/linux, freebsd...).
 */
#ifndef STORCHECK_DISCOVER_H
#define STORCHECK_DISCOVER_H

#include "util.h"

/* What the project that builds a unit makes of it. */
enum project_kind {
    PROJECT_NONE,           /* no project names the unit (walk, compilation database) */
    PROJECT_DRIVER,         /* a kernel-mode driver: vcxproj Driver, TARGETTYPE DRIVER /
                               MINIPORT / EXPORT_DRIVER, CMake wdk_add_driver */
    PROJECT_KERNEL_LIBRARY, /* a library built for kernel mode: a StaticLibrary with a
                               kernel-mode toolset, DRIVER_LIBRARY, wdk_add_library */
    PROJECT_LIBRARY,        /* a library of unknown mode: LIBRARY, CMake add_library */
    PROJECT_USER,           /* user mode: Application, DynamicLibrary, a user-mode toolset,
                               PROGRAM, DYNLINK, add_executable */
    PROJECT_UTILITY,        /* builds nothing from C (vcxproj Utility / Makefile) */
    PROJECT_UNKNOWN,        /* a project that does not say what it builds */
};

/* "driver", "kernel-mode library", "user mode"...; static. */
const char *project_kind_name(enum project_kind k);

struct tu_spec {
    char *file;          /* absolute, normalized path of the source file */
    char *directory;     /* absolute working directory for relative paths in args */
    struct strlist args; /* only -I<dir> (absolute), -D<name>[=<v>], -U<name>, -include <file> */
    char *origin;        /* "walk", "compdb:<path>", "vcxproj:<path>", "sources:<path>" or
                            "cmake:<path>" (the CMakeLists.txt that declares the target) */
    /* The project that builds the unit, for partitioning units into drivers. */
    char *project;       /* absolute path of the project file, or NULL (walk, compdb) */
    char *target;        /* the project's target: vcxproj name, TARGETNAME, CMake target; or NULL */
    enum project_kind kind;
    bool is_driver;      /* kind == PROJECT_DRIVER */
    char *project_type;  /* as the project spells it: "Driver", "MINIPORT", "add_executable"... */
    char *driver_type;   /* vcxproj DriverType (KMDF, WDM, Miniport...) or NULL */
    char *target_version; /* vcxproj TargetVersion (Windows10...) or NULL */
    /* Not kernel code: never parsed, never counted as incomplete; NULL when the
     * unit is scanned. One phrase, e.g. "user-mode project (ConfigurationType
     * Application)" or "user-mode source: includes <windows.h> and defines main". */
    char *skip;
};

struct discover_options {
    const char *const *paths; /* files or folders; at least one */
    int npaths;
    const char *compdb;        /* compile_commands.json, or a folder holding one; NULL if none */
    const char *vcxproj;       /* explicit project file; NULL for automatic discovery in walks */
    const char *configuration; /* "Release|x64" style; NULL picks a Release x64 one */
    bool no_vcxproj;           /* do not look for *.vcxproj in walked folders */
    bool follow_symlinks;      /* follow links that lead out of the scanned folders */
};

struct discovery {
    struct tu_spec *units;
    int count, cap;
    struct strlist header_dirs; /* folders under the scan paths that hold headers (.h/.hpp) */
    struct strlist repo_roots;  /* the repositories the scan paths lie in: the nearest folder
                                   above a path holding .git, else the outermost one holding a
                                   .sln or a WDK dirs file, else the path itself */
    struct strlist notes;       /* informational lines, e.g. dropped $(IntDir) */
    struct strlist errors;      /* "path: problem", one line each */
    /* --configuration: projects that declare it, and projects that do not
     * (skipped, each with an error listing what it declares). None declaring
     * it makes the discovery a configuration error. */
    int configuration_found, configuration_missing;
};

/* Fills *out (which must be zeroed). Returns 0 when at least one unit was
 * found and no configuration error occurred; -1 on a configuration error
 * (unreadable or malformed compilation database / project file: the scan
 * should exit 2); 1 when nothing scannable was found. Per-path problems
 * (missing path, unreadable folder) are added to out->errors either way. */
int discover_units(const struct discover_options *o, struct discovery *out);
void discovery_free(struct discovery *d);
void tu_spec_free(struct tu_spec *u);

/* The repository a path lies in (see repo_roots); owned. */
char *discover_repo_root(const char *path);

/* Why source text is user-mode code, or NULL if nothing says so. The test
 * reads the text's #include lines and function definitions (not evaluating
 * #if; discovery passes a unit's own text followed by the headers it includes
 * with quotes from its own folder, so a precompiled header such as stdafx.h
 * counts): it is user mode when it includes a
 * header that only user mode has (<windows.h>, <afx*.h>, <atl*.h>,
 * <tchar.h>, <winsock2.h>, <iostream>, <setupapi.h>...) and no kernel
 * header (<ntddk.h>, <wdm.h>, <ntifs.h>, <storport.h>, <wdf.h>...), or when
 * it defines main, wmain, _tmain, WinMain or DllMain and includes no kernel
 * header. Owned result. */
char *discover_user_mode_reason(const char *text, size_t len);

#endif
