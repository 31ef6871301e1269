/** @module memory — memory stores, memories, immutable versions, path rules and the session memory file system. */
export {
  MemoryStoresService,
  MEMORY_CONTENT_MAX_BYTES,
  MAX_MEMORIES_PER_STORE,
  type MemoryLimits,
} from './memory-stores-service.js';
export {
  memoryStoreCreateSchema,
  memoryStoreUpdateSchema,
  memoryCreateSchema,
  memoryUpdateSchema,
  preconditionSchema,
  expectedShaSchema,
  type MemoryStoreCreateParams,
  type MemoryStoreUpdateParams,
  type MemoryCreateParams,
  type MemoryUpdateParams,
} from './schemas.js';
export {
  assertMemoryPath,
  assertPathPrefix,
  memoryPathProblem,
  memoryMountPath,
  memorySlug,
  uniqueMountPaths,
  MEMORY_MOUNT_ROOT,
  PATH_MAX_BYTES,
  PATH_MAX_SEGMENTS,
} from './paths.js';
export { contentSha256, utf8Size } from './sha.js';
export type { Actor, ListPage, Memory, MemoryPrefix, MemoryStore, MemoryVersion, MemoryView } from './types.js';
export {
  createMemoryToolExecutor,
  memoryToolDefinitions,
  compileGrep,
  MEMORY_TOOL_NAMES,
  type MemoryToolExecutor,
  type MemoryToolName,
  type ToolOutcome,
} from './memory-tools.js';
export { resolvePath, normalizeMounts, type MemoryMount, type MemoryFsServices } from './memory-fs.js';
export { memoryDocuments, memoryPromptNote, type MemoryMountNote } from './memory-documents.js';
export { globToRegExp } from './glob.js';
