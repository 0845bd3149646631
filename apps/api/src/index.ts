// What other parts of the repository may use of the API: the test harness builds the real app
// with this, exactly as main.ts does.
export { createApiApp } from './bootstrap';
export { buildOpenApiDocument } from './openapi';
