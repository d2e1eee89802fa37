/* SPDX-License-Identifier: Apache-2.0 */
/* projects.h — what a build description says it builds, read without running it.
 *
 * discover.c reads .vcxproj files itself (libxml2); the two line-oriented
 * formats have a reader each: WDK `sources` files (sources_file.c) and
 * CMakeLists.txt (cmake_file.c). Each reader turns one file into targets:
 * the sources a target compiles and the flags they share, and what kind of
 * binary it is. Nothing is run: a value the file does not spell out
 * literally is left out, with a note saying so.
 */
#ifndef STORCHECK_PROJECTS_H
#define STORCHECK_PROJECTS_H

#include "discover.h"
#include "util.h"

/* One thing a project builds. */
struct project_target {
    char *origin;       /* "sources:<path>" or "cmake:<path>" */
    char *project;      /* the project file, absolute */
    char *name;         /* TARGETNAME, the CMake target; or NULL */
    char *dir;          /* the folder relative paths in args are relative to */
    enum project_kind kind;
    char *project_type; /* TARGETTYPE, ConfigurationType, or the CMake command of the target */
    char *driver_type, *target_version; /* vcxproj DriverType and TargetVersion, or NULL */
    char *skip;         /* why its units are not kernel code, or NULL */
    struct strlist units; /* absolute paths of existing .c/.cpp files */
    struct strlist args;  /* -I<abs>, -D<def>, -U<name>, -include <file> */
};

struct project_targets {
    struct project_target *items;
    int count, cap;
};

void project_targets_free(struct project_targets *t);

/* Reads a WDK `sources` file (any letter case): TARGETNAME, TARGETTYPE,
 * SOURCES (and AMD64_SOURCES), INCLUDES, C_DEFINES and USER_C_FLAGS, with
 * $(VAR) references to variables the file sets. !if / !ifdef / !else /
 * !endif are evaluated with variables the file does not set taken as empty
 * (as in a build with no special environment); !include is not followed.
 * Adds one target; notes and errors ("file: problem") are appended. */
void sources_read(const char *path, struct project_targets *out, struct strlist *notes,
                  struct strlist *errors);

/* Reads the CMakeLists.txt in `dir` and those of its parents up to `top`
 * (the repository), literally: include_directories, add_definitions,
 * add_compile_definitions and set() of plain variables are inherited down
 * the folder chain; add_library, add_executable and wdk_add_driver /
 * wdk_add_library declare targets of the CMakeLists.txt in `dir`, whose
 * target_include_directories and target_compile_definitions are applied.
 * ${CMAKE_CURRENT_SOURCE_DIR}, ${CMAKE_CURRENT_LIST_DIR}, ${CMAKE_SOURCE_DIR}
 * and ${PROJECT_SOURCE_DIR} are substituted, and variables set literally;
 * anything else is noted as unresolved and left out. */
void cmake_read(const char *dir, const char *top, struct project_targets *out,
                struct strlist *notes, struct strlist *errors);

#endif
