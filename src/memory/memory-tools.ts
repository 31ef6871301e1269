/** @module memory/memory-tools — the agent toolset's read/write/edit/glob/grep tools over mounted memory stores. */
import { z } from 'zod';
import type { LlmToolDefinition } from '../models/index.js';
import { AppError } from '../shared/errors.js';
import { formatZodIssues } from '../shared/json.js';
import { escapeRegExp, globToRegExp, GLOB_PATTERN_MAX } from './glob.js';
import {
  listDirectory,
  normalizeMounts,
  readFile,
  resolvePath,
  walkFiles,
  writeFile,
  writeProblem,
  type MemoryFsServices,
  type MemoryMount,
} from './memory-fs.js';
import { MEMORY_MOUNT_ROOT } from './paths.js';
import type { Actor } from './types.js';

/** Most `path:line:text` lines one grep returns; the model can narrow the search for more. */
const GREP_MAX_LINES = 500;
/** Longest line echoed by grep; long lines are cut so one match cannot flood the context. */
const GREP_LINE_MAX_CHARS = 500;
/** Longest grep pattern; together with per-line matching this bounds the regex work. */
const GREP_PATTERN_MAX = 1000;
/** Most paths one glob returns. */
const GLOB_MAX_PATHS = 1000;

/** The result of one tool call, as the session runtime turns it into `agent.tool_result`. */
export interface ToolOutcome {
  readonly content: string;
  readonly isError: boolean;
}

/** Executes memory tools for one session. */
export interface MemoryToolExecutor {
  /** The tool definitions to offer the model (read, write, edit, glob, grep). */
  definitions(): LlmToolDefinition[];
  /** Runs one tool call; bad input and unavailable paths are error results, never exceptions. */
  execute(name: string, input: Record<string, unknown>): Promise<ToolOutcome>;
}

/** Names of the tools this executor handles. */
export const MEMORY_TOOL_NAMES = ['read', 'write', 'edit', 'glob', 'grep'] as const;
export type MemoryToolName = (typeof MEMORY_TOOL_NAMES)[number];

const filePath = z.string().min(1).max(4096);
const inputSchemas = {
  read: z.object({
    file_path: filePath,
    view_range: z.tuple([z.number().int().min(1), z.number().int().min(-1)]).nullish(),
  }),
  write: z.object({ file_path: filePath, content: z.string() }),
  edit: z.object({ file_path: filePath, old_string: z.string(), new_string: z.string(), replace_all: z.boolean().nullish() }),
  glob: z.object({ pattern: z.string().min(1).max(GLOB_PATTERN_MAX), path: filePath.nullish() }),
  grep: z.object({ pattern: z.string().min(1).max(GREP_PATTERN_MAX), path: filePath.nullish() }),
};

/**
 * Builds the memory tools of a session. Paths outside the mounts, writes to `/mnt/memory/` itself or to a
 * `read_only` mount are error results; every write is a new version attributed to the session.
 * @example
 * const tools = createMemoryToolExecutor({ services, mounts: [{ memoryStoreId, mountPath: '/mnt/memory/notes/', access: 'read_write' }], sessionId });
 * await tools.execute('write', { file_path: '/mnt/memory/notes/todo.md', content: '- ship' });
 */
export function createMemoryToolExecutor({
  services,
  mounts,
  sessionId,
}: {
  services: MemoryFsServices;
  mounts: readonly MemoryMount[];
  sessionId: string;
}): MemoryToolExecutor {
  const mounted = normalizeMounts(mounts);
  const actor: Actor = { type: 'session_actor', session_id: sessionId };
  const handlers: Record<MemoryToolName, (input: never) => Promise<ToolOutcome>> = {
    read: (input: z.infer<typeof inputSchemas.read>) => toolRead({ services, mounts: mounted, input }),
    write: (input: z.infer<typeof inputSchemas.write>) => toolWrite({ services, mounts: mounted, actor, input }),
    edit: (input: z.infer<typeof inputSchemas.edit>) => toolEdit({ services, mounts: mounted, actor, input }),
    glob: (input: z.infer<typeof inputSchemas.glob>) => toolGlob({ services, mounts: mounted, input }),
    grep: (input: z.infer<typeof inputSchemas.grep>) => toolGrep({ services, mounts: mounted, input }),
  };
  return {
    definitions: () => memoryToolDefinitions(mounted),
    async execute(name, input) {
      if (!isMemoryTool(name)) return error(`Unknown memory tool ${name}; available: ${MEMORY_TOOL_NAMES.join(', ')}`);
      const parsed = inputSchemas[name].safeParse(input);
      if (!parsed.success) return error(`Invalid input for ${name}: ${formatZodIssues(parsed.error.issues)}`);
      try {
        return await handlers[name](parsed.data as never);
      } catch (err) {
        if (AppError.isInstance(err)) return error(err.message);
        throw err;
      }
    },
  };
}

function isMemoryTool(name: string): name is MemoryToolName {
  return (MEMORY_TOOL_NAMES as readonly string[]).includes(name);
}

function ok(content: string): ToolOutcome {
  return { content, isError: false };
}

function error(content: string): ToolOutcome {
  return { content, isError: true };
}

async function toolRead({
  services,
  mounts,
  input,
}: {
  services: MemoryFsServices;
  mounts: readonly MemoryMount[];
  input: z.infer<typeof inputSchemas.read>;
}): Promise<ToolOutcome> {
  const { file_path, view_range } = input;
  const where = resolvePath(mounts, file_path);
  if (where.kind === 'outside') return error(where.reason);
  if (where.kind !== 'file') {
    const entries = await listDirectory({ services, mounts, where });
    return ok(entries.length ? entries.join('\n') : `${file_path} is empty`);
  }
  const memory = await readFile(services, where);
  if (!memory) {
    // `/mnt/memory/notes/projects` without the trailing slash may name a directory.
    const entries = await listDirectory({ services, mounts, where: resolvePath(mounts, `${file_path}/`) });
    return entries.length ? ok(entries.join('\n')) : error(`File not found: ${file_path}`);
  }
  const content = memory.content ?? '';
  if (!view_range) return ok(content);
  const lines = content.split('\n');
  const [start, end] = view_range;
  const last = end === -1 ? lines.length : end;
  if (start > lines.length || last < start) return error(`view_range [${start}, ${end}] is outside the file's ${lines.length} lines`);
  return ok(lines.slice(start - 1, last).join('\n'));
}

async function toolWrite({
  services,
  mounts,
  actor,
  input,
}: {
  services: MemoryFsServices;
  mounts: readonly MemoryMount[];
  actor: Actor;
  input: z.infer<typeof inputSchemas.write>;
}): Promise<ToolOutcome> {
  const where = resolvePath(mounts, input.file_path);
  const problem = writeProblem(where, input.file_path);
  if (problem || where.kind !== 'file') return error(problem ?? `${input.file_path} cannot be written`);
  const { memory, created } = await writeFile(services, { mount: where.mount, path: where.path, content: input.content, actor });
  return ok(`${created ? 'Created' : 'Wrote'} ${input.file_path} (${memory.content_size_bytes} bytes)`);
}

async function toolEdit({
  services,
  mounts,
  actor,
  input,
}: {
  services: MemoryFsServices;
  mounts: readonly MemoryMount[];
  actor: Actor;
  input: z.infer<typeof inputSchemas.edit>;
}): Promise<ToolOutcome> {
  const where = resolvePath(mounts, input.file_path);
  const problem = writeProblem(where, input.file_path);
  if (problem || where.kind !== 'file') return error(problem ?? `${input.file_path} cannot be edited`);
  if (input.old_string === '') return error('old_string must not be empty; use write to create or replace a whole file');
  if (input.old_string === input.new_string) return error('old_string and new_string are identical; nothing to change');
  const memory = await readFile(services, where);
  if (!memory) return error(`File not found: ${input.file_path}`);
  const content = memory.content ?? '';
  const count = content.split(input.old_string).length - 1;
  if (count === 0) return error(`old_string was not found in ${input.file_path}`);
  if (count > 1 && !input.replace_all) {
    return error(`old_string appears ${count} times in ${input.file_path}; include more context to make it unique, or set replace_all`);
  }
  const next = input.replace_all ? content.split(input.old_string).join(input.new_string) : content.replace(input.old_string, () => input.new_string);
  try {
    await services.memoryStores.updateMemory({
      storeId: where.mount.memoryStoreId,
      memoryId: memory.id,
      content: next,
      // The edit was computed from what we read: never apply it over someone else's newer write.
      precondition: { type: 'content_sha256', content_sha256: memory.content_sha256 },
      actor,
    });
  } catch (err) {
    if (AppError.isInstance(err) && err.type === 'memory_precondition_failed_error') {
      return error(`${input.file_path} changed while it was being edited; read it again and retry the edit`);
    }
    throw err;
  }
  return ok(`Edited ${input.file_path}: replaced ${input.replace_all ? count : 1} occurrence${count > 1 && input.replace_all ? 's' : ''}`);
}

async function toolGlob({
  services,
  mounts,
  input,
}: {
  services: MemoryFsServices;
  mounts: readonly MemoryMount[];
  input: z.infer<typeof inputSchemas.glob>;
}): Promise<ToolOutcome> {
  const { pattern, path } = input;
  const base = withSlash(path ?? MEMORY_MOUNT_ROOT);
  const where = resolvePath(mounts, base);
  if (where.kind === 'outside') return error(where.reason);
  const regex = globToRegExp(pattern.startsWith('/') ? pattern : `${base}${pattern}`);
  const matches: string[] = [];
  for await (const file of walkFiles({ services, mounts, where })) {
    if (regex.test(file.fsPath)) matches.push(file.fsPath);
    if (matches.length >= GLOB_MAX_PATHS) break;
  }
  if (matches.length === 0) return ok(`No files match ${pattern} under ${base}`);
  return ok(matches.join('\n'));
}

async function toolGrep({
  services,
  mounts,
  input,
}: {
  services: MemoryFsServices;
  mounts: readonly MemoryMount[];
  input: z.infer<typeof inputSchemas.grep>;
}): Promise<ToolOutcome> {
  const { pattern, path } = input;
  const target = path ?? MEMORY_MOUNT_ROOT;
  const where = resolvePath(mounts, target);
  if (where.kind === 'outside') return error(where.reason);
  const regex = compileGrep(pattern);
  const out: string[] = [];
  let truncated = false;
  const search = (fsPath: string, content: string): void => {
    const lines = content.split('\n');
    for (let i = 0; i < lines.length && !truncated; i++) {
      const line = lines[i] ?? '';
      if (!regex.test(line)) continue;
      if (out.length >= GREP_MAX_LINES) truncated = true;
      else out.push(`${fsPath}:${i + 1}:${line.length > GREP_LINE_MAX_CHARS ? `${line.slice(0, GREP_LINE_MAX_CHARS)}…` : line}`);
    }
  };
  if (where.kind === 'file') {
    const memory = await readFile(services, where);
    if (!memory) return error(`File not found: ${target}`);
    search(target, memory.content ?? '');
  } else {
    for await (const file of walkFiles({ services, mounts, where })) {
      if (truncated) break;
      const memory = await readFile(services, { mount: file.mount, path: file.memory.path });
      if (memory) search(file.fsPath, memory.content ?? '');
    }
  }
  if (out.length === 0) return ok(`No matches for ${pattern} under ${target}`);
  return ok(truncated ? `${out.join('\n')}\n… (more matches; narrow the pattern or the path)` : out.join('\n'));
}

/** A regex for grep; an invalid one is searched for literally instead of failing the call. */
export function compileGrep(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return new RegExp(escapeRegExp(pattern), 'u');
  }
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** Tool definitions with the wire input shapes (wire-api §2.1 "Tool input shapes"). */
export function memoryToolDefinitions(mounts: readonly MemoryMount[]): LlmToolDefinition[] {
  const where = mounts.length
    ? `Memory stores are mounted at: ${mounts.map((m) => `${m.mountPath} (${m.access})`).join(', ')}.`
    : 'No memory stores are mounted.';
  const filePathProp = { type: 'string', description: 'Absolute path, e.g. /mnt/memory/<store>/notes.md' };
  return [
    {
      name: 'read',
      description: `Read a file (or list a directory). ${where}`,
      inputSchema: {
        type: 'object',
        properties: {
          file_path: filePathProp,
          view_range: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2, description: '[start, end] lines, 1-based; end -1 = to the end' },
        },
        required: ['file_path'],
      },
    },
    {
      name: 'write',
      description: `Create or overwrite a file with the given content. ${where}`,
      inputSchema: { type: 'object', properties: { file_path: filePathProp, content: { type: 'string' } }, required: ['file_path', 'content'] },
    },
    {
      name: 'edit',
      description: `Replace old_string with new_string in a file; old_string must be unique unless replace_all is true. ${where}`,
      inputSchema: {
        type: 'object',
        properties: { file_path: filePathProp, old_string: { type: 'string' }, new_string: { type: 'string' }, replace_all: { type: 'boolean' } },
        required: ['file_path', 'old_string', 'new_string'],
      },
    },
    {
      name: 'glob',
      description: `Find files whose paths match a glob pattern (** any directories, * within a name). ${where}`,
      inputSchema: { type: 'object', properties: { pattern: { type: 'string' }, path: { type: 'string', description: 'Directory to search (default /mnt/memory/)' } }, required: ['pattern'] },
    },
    {
      name: 'grep',
      description: `Search file contents with a regular expression; prints path:line:text. ${where}`,
      inputSchema: { type: 'object', properties: { pattern: { type: 'string' }, path: { type: 'string', description: 'File or directory to search (default /mnt/memory/)' } }, required: ['pattern'] },
    },
  ];
}
