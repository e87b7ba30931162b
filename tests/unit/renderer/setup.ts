// Real IndexedDB semantics in Node for Dexie, and a clean DOM after every test.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());
