export { createApiClient, featuresOf, type ApiClient, type ClientOptions, type Features, type OpenApiDocument } from './client';
export { apiRoutes, type RouteName } from './routes';
export * from './types';
