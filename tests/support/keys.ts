/** API keys of the three roles for tests (each longer than the 16 characters API_KEYS requires), and the two ways to send one. */
import type { ApiKey } from '../../src/config.js';

export const READER = 'reader-key-7f3a9c2e41b8';
export const EDITOR = 'editor-key-0d6b5e8a93c1';
export const ADMIN = 'admin-key-51c8e2f7a046d';
export const KEYS: ApiKey[] = [
  { key: READER, role: 'reader' },
  { key: EDITOR, role: 'editor' },
  { key: ADMIN, role: 'admin' },
];
export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
export const xApiKey = (key: string) => ({ 'x-api-key': key });
