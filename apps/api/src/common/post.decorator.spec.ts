import { Get, RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IS_PUBLIC_KEY } from './policy.decorators';
import { Post, PublicPost } from './post.decorator';

class Routes {
  @Post(':id/items')
  create(): string {
    return 'created';
  }

  @Get(':id')
  read(): string {
    return 'read';
  }

  @PublicPost('comments')
  comment(): string {
    return 'commented';
  }
}

const handlerOf = (name: keyof Routes) => Object.getOwnPropertyDescriptor(Routes.prototype, name)?.value;

describe('Post', () => {
  it('declares a POST route on the path, with the idempotency interceptor', () => {
    const handler = handlerOf('create');
    expect(Reflect.getMetadata(METHOD_METADATA, handler)).toBe(RequestMethod.POST);
    expect(Reflect.getMetadata(PATH_METADATA, handler)).toBe(':id/items');
    expect(Reflect.getMetadata(INTERCEPTORS_METADATA, handler)).toEqual([IdempotencyInterceptor]);
    expect(Reflect.getMetadata(IS_PUBLIC_KEY, handler)).toBeUndefined();
  });

  it('leaves reads without interceptors (Nest then skips its RxJS chain)', () => {
    expect(Reflect.getMetadata(INTERCEPTORS_METADATA, handlerOf('read'))).toBeUndefined();
  });
});

describe('PublicPost', () => {
  it('declares a public POST route on the path, without the idempotency interceptor', () => {
    const handler = handlerOf('comment');
    expect(Reflect.getMetadata(METHOD_METADATA, handler)).toBe(RequestMethod.POST);
    expect(Reflect.getMetadata(PATH_METADATA, handler)).toBe('comments');
    expect(Reflect.getMetadata(IS_PUBLIC_KEY, handler)).toBe(true);
    expect(Reflect.getMetadata(INTERCEPTORS_METADATA, handler)).toBeUndefined();
  });
});
