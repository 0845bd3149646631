export * from './demo-users';
export * from './dev-idp';
