export * from './scale';
export * from './apply';
export * from './outcomes';
export * from './changes';
