/**
 * XSD validation of ISO 18626 messages with libxml2 compiled to WebAssembly (the npm package
 * `xmllint-wasm`: no native build).
 *
 * The package's own `validateXML` starts a worker thread and compiles the 780 KB wasm module for every
 * call: about 350–700 ms a message on this project's 2-core machine. Here one long-lived worker thread
 * compiles the module once and, per message, instantiates it afresh (xmllint is a command-line
 * program: one run per instance) with the schema and the message in its in-memory file system. The
 * schema is still parsed on each run (xmllint has no way to keep it), which is the few milliseconds
 * measured in README "ISO 18626". Messages are validated one at a time, in arrival order, so a flood
 * costs one thread, never one per message; the rate limit in front bounds the queue.
 *
 * The worker drives the package's Emscripten module (`xmllint-node.js`) through Emscripten's standard
 * Module options (arguments, printErr, onExit, instantiateWasm), the same ones the package's own worker
 * uses; package.json pins the version.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The schema's file name in the folder of ../shared/fixtures/iso18626/xsd/ (and at illtransactions.org). */
export const ISO18626_XSD_FILE = 'ISO-18626-v1_2.xsd';

/** The project root (this file is src/modules/ill/iso18626/ or dist/modules/ill/iso18626/). */
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Where the schema is looked for when ISO18626_XSD is not set: the shared fixtures beside the project. */
export const DEFAULT_ISO18626_XSD = path.join(PROJECT_ROOT, '..', 'shared', 'fixtures', 'iso18626', 'xsd');

/** ISO18626_XSD may name the .xsd file or a folder holding ISO-18626-v1_2.xsd; relative paths are from the project root. */
export function resolveXsdPath(setting: string | null | undefined): string {
  const given = setting?.trim() ? path.resolve(PROJECT_ROOT, setting.trim()) : DEFAULT_ISO18626_XSD;
  let isFolder = given === DEFAULT_ISO18626_XSD;
  try {
    isFolder = statSync(given).isDirectory();
  } catch {
    // missing: reported when a message arrives (503) and logged at start, not fatal
  }
  return isFolder ? path.join(given, ISO18626_XSD_FILE) : given;
}

export interface XsdResult {
  valid: boolean;
  /** libxml2's messages without the file name and line */
  errors: string[];
}

export interface XsdValidator {
  /** the schema file in use */
  readonly xsdPath: string;
  /** whether the schema file can be read (checked again on each call until it is found) */
  available(): boolean;
  validate(xml: string): Promise<XsdResult>;
  close(): Promise<void>;
}

export class XsdUnavailable extends Error {}

/**
 * Messages waiting for the validator at most: past this the endpoint answers 503 at once rather than
 * queue more (at ~20 ms a message, 64 is over a second of waiting; the rate limit keeps honest peers
 * far below it).
 */
export const MAX_WAITING_VALIDATIONS = 64;

const require = createRequire(import.meta.url);

// CommonJS run by the worker thread (eval: the same text works from src/ under vitest and from dist/).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const createModule = require(workerData.modulePath);
const wasm = new WebAssembly.Module(fs.readFileSync(workerData.wasmPath));
let queue = Promise.resolve();
parentPort.on('message', (job) => {
  if (!job || job.sharegraphXsd !== true) return; // the package's own listener ignores ours, and we its
  queue = queue.then(() => run(job));
});
function run(job) {
  return new Promise((resolve) => {
    let stderr = '';
    let done = false;
    const finish = (exitCode) => {
      if (done) return;
      done = true;
      parentPort.postMessage({ sharegraphXsd: true, id: job.id, exitCode, stderr });
      resolve();
    };
    createModule({
      inputFiles: [{ fileName: 'schema.xsd', contents: job.xsd }, { fileName: 'message.xml', contents: job.xml }],
      arguments: ['--nonet', '--noout', '--schema', 'schema.xsd', 'message.xml'],
      print() {},
      printErr(text) { stderr += text + '\\n'; },
      onExit: finish,
      onAbort(reason) { stderr += 'abort: ' + reason; finish(-1); },
      wasmMemory: new WebAssembly.Memory({ initial: 256, maximum: 1024 }),
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(wasm, imports).then((instance) => receive(instance, wasm), (err) => { stderr += String(err); finish(-1); });
        return {};
      },
    }).catch((err) => { stderr += String(err); finish(-1); });
  });
}
`;

interface Pending {
  resolve(result: XsdResult): void;
  reject(err: Error): void;
}

/** A validator for the schema at xsdPath; the worker starts with the first message. */
export function createXsdValidator(xsdPath: string): XsdValidator {
  let xsd: string | null = null;
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const load = (): string | null => {
    if (xsd !== null) return xsd;
    try {
      xsd = readFileSync(xsdPath, 'utf8');
    } catch {
      xsd = null;
    }
    return xsd;
  };
  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    worker = null;
  };
  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { modulePath: require.resolve('xmllint-wasm/xmllint-node.js'), wasmPath: require.resolve('xmllint-wasm/xmllint.wasm') },
    });
    w.unref(); // an idle validator never keeps the process alive
    w.on('message', (msg: { sharegraphXsd?: boolean; id: number; exitCode: number; stderr: string }) => {
      if (msg?.sharegraphXsd !== true) return;
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.exitCode === 0) p.resolve({ valid: true, errors: [] });
      // xmllint: 3 = not valid, 4 = schema or document could not be read; 1 = not well-formed
      else if (msg.exitCode === 1 || msg.exitCode === 3 || msg.exitCode === 4) p.resolve({ valid: false, errors: errorLines(msg.stderr) });
      else p.reject(new Error(`xmllint failed (${msg.exitCode}): ${msg.stderr.slice(0, 500)}`));
      if (pending.size === 0) w.unref();
    });
    w.on('error', (err) => failAll(err));
    w.on('exit', () => failAll(new Error('the XSD validation worker stopped')));
    return (worker = w);
  };

  return {
    xsdPath,
    available: () => load() !== null,
    validate(xml) {
      const schema = load();
      if (schema === null) return Promise.reject(new XsdUnavailable(`the ISO 18626 schema was not found at ${xsdPath}`));
      if (pending.size >= MAX_WAITING_VALIDATIONS) return Promise.reject(new XsdUnavailable(`${pending.size} messages are waiting for validation; try again shortly`));
      const w = start();
      w.ref(); // a validation under way keeps the process up until it answers
      const id = nextId++;
      return new Promise<XsdResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ sharegraphXsd: true, id, xsd: schema, xml });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

/** "message.xml:12: element x: Schemas validity error : …" -> "Schemas validity error : …" (the last line is xmllint's summary). */
function errorLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^message\.xml (fails to validate|validates)$/.test(line))
    .map((line) => line.replace(/^message\.xml:\d+:\s*(element \S+:\s*)?/, ''));
}
