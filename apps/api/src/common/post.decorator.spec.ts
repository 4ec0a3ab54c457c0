import { Get, RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { Post } from './post.decorator';

class Routes {
  @Post(':id/items')
  create(): string {
    return 'created';
  }

  @Get(':id')
  read(): string {
    return 'read';
  }
}

describe('Post', () => {
  it('declares a POST route on the path, with the idempotency interceptor', () => {
    const handler = Object.getOwnPropertyDescriptor(Routes.prototype, 'create')?.value;
    expect(Reflect.getMetadata(METHOD_METADATA, handler)).toBe(RequestMethod.POST);
    expect(Reflect.getMetadata(PATH_METADATA, handler)).toBe(':id/items');
    expect(Reflect.getMetadata(INTERCEPTORS_METADATA, handler)).toEqual([IdempotencyInterceptor]);
  });

  it('leaves reads without interceptors (Nest then skips its RxJS chain)', () => {
    const handler = Object.getOwnPropertyDescriptor(Routes.prototype, 'read')?.value;
    expect(Reflect.getMetadata(INTERCEPTORS_METADATA, handler)).toBeUndefined();
  });
});
