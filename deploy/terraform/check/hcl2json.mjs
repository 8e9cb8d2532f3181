#!/usr/bin/env node
// Prints every Terraform file under deploy/terraform as JSON, in ONE document on stdout, so a test in any
// language can check the Terraform against the code without a Terraform binary or AWS provider.
//
//   node deploy/terraform/check/hcl2json.mjs          (any working directory; needs `npm ci` here once)
//
// Shape of the output:
//
//   { "files": { "<path relative to deploy/terraform, with '/'>": <hcl2json of that file>, ... } }
//
// keys sorted, e.g. "modules/functions/main.tf", "envs/prod/variables.tf". Each file's value is what
// @cdktf/hcl2json (tmccombs/hcl2json) makes of it:
//
//   - a block type maps to its labels, the innermost label to an ARRAY of bodies (one per occurrence):
//       resource "aws_lambda_function" "this" {...}  ->  .resource.aws_lambda_function.this[0]
//       variable "region" {...}                      ->  .variable.region[0]
//       module "api" {...}                           ->  .module.api[0]
//       locals {...}                                 ->  .locals[0]   (one array entry per locals block)
//   - a nested block without labels is an array too:  environment {...}  ->  .environment[0]
//     and a dynamic block is  .dynamic.<name>[0].content[0]
//   - literal strings, numbers, booleans and null stay JSON values; object and tuple literals become JSON
//     objects and arrays, converted element by element;
//   - any other expression is its source text wrapped as "${...}", e.g. "${var.table_prefix}",
//     "${merge(local.common_environment, each.value.environment)}", and a template keeps its literal parts:
//     "${local.name_prefix}-jobs".
//
// Where the things the code depends on are (see README.md):
//   modules/functions/main.tf  .locals[*].functions.<api|worker|scheduler>.handler / .environment
//                              .locals[*].common_environment   (merged into every function's environment)
//   modules/data/main.tf       reads ../../tables.json (read that file itself for the table design)
//   modules/queue/main.tf      .resource.aws_sqs_queue.<jobs|dead_letter>[0]  (names "${var.name_prefix}-jobs", "-jobs-dlq")
//   modules/api/main.tf        .locals[*].routes   ({"GET /api/health": "NONE", "ANY /api/{proxy+}": "JWT", ...})
//   modules/identity/main.tf   .locals[*].groups   (admin, editor, viewer)
//   modules/functions/main.tf  .resource.aws_lambda_function.this[0]: runtime, architectures, snap_start, and
//                              environment[0].variables = "${merge(local.common_environment, each.value.environment)}"
//
// Exits 1, naming the file on stderr, if a file does not parse; 2 if `npm ci` has not been run here.

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

let parse;
try {
  ({ parse } = await import("@cdktf/hcl2json"));
} catch (error) {
  process.stderr.write(`@cdktf/hcl2json is not installed: run \`npm ci\` in deploy/terraform/check (${error?.message ?? error})\n`);
  process.exit(2);
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (error) => process.exit(error.code === "EPIPE" ? 0 : 1));

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const skipped = new Set(["check", ".terraform", "node_modules"]);

async function terraformFiles(directory) {
  const found = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!skipped.has(entry.name)) found.push(...(await terraformFiles(full)));
    } else if (entry.isFile() && entry.name.endsWith(".tf")) {
      found.push(full);
    }
  }
  return found;
}

const relative = (file) => path.relative(root, file).split(path.sep).join("/");

const files = {};
for (const name of (await terraformFiles(root)).map(relative).sort()) {
  try {
    files[name] = await parse(name, await readFile(path.join(root, name), "utf8"));
  } catch (error) {
    process.stderr.write(`${name}: ${error?.message ?? error}\n`);
    process.exit(1);
  }
}

process.stdout.write(JSON.stringify({ files }, null, 2) + "\n");
