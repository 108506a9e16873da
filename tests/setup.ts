// Shared setup for Node and jsdom tests. jsdom-only stubs live in tests/components/dom-setup.ts.
import '@testing-library/jest-dom/vitest';
