// SPDX-License-Identifier: Apache-2.0
// linehash.js — reference for SARIF primaryLocationLineHash: the rolling
// hash of github/codeql-action's src/fingerprints.ts, restated with BigInt
// (64-bit wrapping arithmetic) so the test needs no npm package.
// usage: node linehash.js FILE|- LINE...   prints "LINE HASH" per line asked.
"use strict";
const fs = require("fs");
const BLOCK = 100, MOD = 37n, MASK = (1n << 64n) - 1n;
let firstMod = 1n;
for (let i = 0; i < BLOCK; i++) firstMod = (firstMod * MOD) & MASK;
const [file, ...want] = process.argv.slice(2);
const text = fs.readFileSync(file === "-" ? 0 : file).toString("utf8");
const window = Array(BLOCK).fill(0n), lineNumbers = Array(BLOCK).fill(-1);
let hash = 0n, index = 0, lineNumber = 0, lineStart = true, prevCR = false;
const counts = {}, out = {};
function output() {
  const v = hash.toString(16);
  counts[v] = (counts[v] || 0) + 1;
  out[lineNumbers[index]] = `${v}:${counts[v]}`;
  lineNumbers[index] = -1;
}
function update(c) {
  const begin = window[index];
  window[index] = BigInt(c);
  hash = (MOD * hash + BigInt(c) - firstMod * begin) & MASK;
  index = (index + 1) % BLOCK;
}
function proc(c) {
  if (c === 32 || c === 9 || (prevCR && c === 10)) { prevCR = false; return; }
  if (c === 13) { c = 10; prevCR = true; } else prevCR = false;
  if (lineNumbers[index] !== -1) output();
  if (lineStart) { lineStart = false; lineNumber++; lineNumbers[index] = lineNumber; }
  if (c === 10) lineStart = true;
  update(c);
}
for (let i = 0; i < text.length; i++) proc(text.charCodeAt(i));
proc(65535);
for (let i = 0; i < BLOCK; i++) { if (lineNumbers[index] !== -1) output(); update(0); }
for (const l of want) console.log(`${l} ${out[l]}`);
