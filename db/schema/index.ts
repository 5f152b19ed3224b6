export * from './staff';
export * from './audit';
export * from './api-keys';
export * from './categories';
export * from './reports';
export * from './outbox';
export * from './incidents';
export * from './library';
