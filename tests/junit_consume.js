// SPDX-License-Identifier: Apache-2.0
// Parses a JUnit XML report with junit2json (a consumer used by CI tooling)
// and prints the parsed object as JSON, for tests/report_check.py.
// usage: node junit_consume.js NODE_MODULES_DIR REPORT.xml
const path = require("path");
const fs = require("fs");
const { pathToFileURL } = require("url");
const entry = path.join(process.argv[2], "junit2json", "dist", "esm", "index.js");
import(pathToFileURL(entry).href)
  .then(({ parse }) => parse(fs.readFileSync(process.argv[3], "utf8")))
  .then((r) => process.stdout.write(JSON.stringify(r)))
  .catch((e) => { console.error(String(e)); process.exit(1); });
