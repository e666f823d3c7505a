// Shared set-up for unit and component tests. Component test files opt into the DOM
// with `// @vitest-environment happy-dom` on their first line.
import 'fake-indexeddb/auto';
