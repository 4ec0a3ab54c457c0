import { RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { IS_PUBLIC_KEY } from '../common/policy.decorators';
import { CommentsController } from './comments.controller';

describe('CommentsController', () => {
  it("a reader's writes are public POSTs without the Idempotency-Key interceptor (PublicPost)", () => {
    const { submit, flag, unsubscribeOneClick } = CommentsController.prototype;
    for (const handler of [submit, flag, unsubscribeOneClick]) {
      expect(Reflect.getMetadata(METHOD_METADATA, handler)).toBe(RequestMethod.POST);
      expect(Reflect.getMetadata(IS_PUBLIC_KEY, handler)).toBe(true);
      expect(Reflect.getMetadata(INTERCEPTORS_METADATA, handler)).toBeUndefined();
    }
  });
});
