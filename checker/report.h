/* report.h — writing a scan's results: findings as text (gcc style, with the
 * trace as notes) or JSON, and the --stats table. */
#ifndef STORCHECK_REPORT_H
#define STORCHECK_REPORT_H

#include <stdio.h>

#include "options.h"
#include "scan.h"

void report_findings(const struct scan_result *r, const struct options *o, FILE *out);
void report_stats(const struct scan_result *r, enum output_format format, FILE *out);

#endif
