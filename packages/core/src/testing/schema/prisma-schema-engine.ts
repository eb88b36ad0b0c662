import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DMMF } from '@prisma/client/runtime/client';

/**
 * Prisma's own schema parser, the `prisma_schema_build` WebAssembly module that ships inside the
 * `prisma` CLI package (pinned in package.json) and that `prisma generate` uses to build the DMMF.
 * Prisma 7's generated client keeps only a pruned data model (names, kinds, types), so the full
 * DMMF (nullability, native types, defaults, keys, relations, indexes) is rebuilt here from the
 * generated client's own inline schema with the very same parser. The module is a wasm-bindgen
 * build; this is the minimal glue its `get_dmmf` export needs (four imports, strings in and out).
 */
type WasmFunction = (...args: number[]) => unknown;

// The WebAssembly global is not in this project's type libraries (ES2023, no DOM): the parts used here.
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
interface WasmTable {
  grow(delta: number): number;
  get(index: number): unknown;
  set(index: number, value: unknown): void;
}
type WasmModule = object;
interface WasmApi {
  Module: (new (bytes: Uint8Array) => WasmModule) & {
    imports(module: WasmModule): { module: string; name: string; kind: string }[];
  };
  Instance: new (
    module: WasmModule,
    imports: Record<string, Record<string, WasmFunction>>,
  ) => {
    exports: Record<string, unknown>;
  };
}
const WebAssembly = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface SchemaWasm {
  memory: WasmMemory;
  externrefs: WasmTable;
  call(name: string, ...args: number[]): unknown;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
let loaded: SchemaWasm | undefined;
let panicMessage: string | undefined;

function wasmPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('prisma/package.json')), 'build', 'prisma_schema_build_bg.wasm');
}

function load(): SchemaWasm {
  if (loaded) return loaded;
  const module = new WebAssembly.Module(readFileSync(wasmPath()));
  let exports: Record<string, unknown> = {};
  const memory = () => exports.memory as WasmMemory;
  const table = () => exports.__wbindgen_externrefs as WasmTable;
  const text = (ptr: number, len: number) => decoder.decode(new Uint8Array(memory().buffer, ptr >>> 0, len));
  const imports: Record<string, Record<string, WasmFunction>> = {};
  for (const entry of WebAssembly.Module.imports(module)) {
    let implementation: WasmFunction;
    if (entry.name.startsWith('__wbg_set_message_')) {
      implementation = (ptr = 0, len = 0) => {
        panicMessage = text(ptr, len); // a Rust panic's message, reported when the trap surfaces
      };
    } else if (entry.name.startsWith('__wbg_Error_')) {
      implementation = (ptr = 0, len = 0) => new Error(text(ptr, len));
    } else if (entry.name.startsWith('__wbg___wbindgen_throw_')) {
      implementation = (ptr = 0, len = 0) => {
        throw new Error(text(ptr, len));
      };
    } else if (entry.name === '__wbindgen_init_externref_table') {
      implementation = () => {
        const offset = table().grow(4);
        table().set(0, undefined);
        [undefined, null, true, false].forEach((value, i) => {
          table().set(offset + i, value);
        });
      };
    } else {
      throw new Error(
        `prisma_schema_build wasm needs an unknown import ${entry.name}: update src/testing/schema glue`,
      );
    }
    (imports[entry.module] ??= {})[entry.name] = implementation;
  }
  exports = new WebAssembly.Instance(module, imports).exports;
  const call = (name: string, ...args: number[]): unknown => {
    const fn = exports[name];
    if (typeof fn !== 'function') throw new Error(`prisma_schema_build wasm has no export ${name}`);
    return (fn as WasmFunction)(...args);
  };
  call('__wbindgen_start');
  loaded = { memory: memory(), externrefs: table(), call };
  return loaded;
}

/** Calls a wasm-bindgen export of shape `(input: string) => string` that may throw a JS value. */
function callStringFunction(name: string, input: string): string {
  const wasm = load();
  const bytes = encoder.encode(input);
  const ptr = Number(wasm.call('__wbindgen_malloc', bytes.length, 1)) >>> 0;
  new Uint8Array(wasm.memory.buffer).set(bytes, ptr);
  let result: unknown;
  try {
    result = wasm.call(name, ptr, bytes.length);
  } catch (error) {
    if (panicMessage) throw new Error(`prisma schema parser panicked: ${panicMessage}`, { cause: error });
    throw error;
  }
  if (!Array.isArray(result) || result.length !== 4) throw new Error(`unexpected ${name} result shape`);
  const [outPtr, outLen, errorIndex, isError] = result.map(Number) as [number, number, number, number];
  if (isError) {
    const error: unknown = wasm.externrefs.get(errorIndex);
    wasm.call('__externref_table_dealloc', errorIndex);
    throw error instanceof Error ? error : new Error(String(error));
  }
  try {
    return decoder.decode(new Uint8Array(wasm.memory.buffer, outPtr >>> 0, outLen));
  } finally {
    wasm.call('__wbindgen_free', outPtr, outLen, 1);
  }
}

/** The DMMF data model of a Prisma schema, exactly as `prisma generate` sees it. Throws on invalid schemas. */
export function getDatamodel(schema: string): DMMF.Datamodel {
  const json = callStringFunction(
    'get_dmmf',
    JSON.stringify({ prismaSchema: [['schema.prisma', schema]], noColor: true }),
  );
  const document = JSON.parse(json) as { datamodel: DMMF.Datamodel };
  return document.datamodel;
}
