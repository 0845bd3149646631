export * from './categories.service';
export * from './entities/category.entity';
export * from './entities/criterion.entity';
export * from './entities/programme.entity';
export * from './programmes-http.module';
export * from './programmes.errors';
export * from './programmes.module';
export * from './programmes.service';
