import { computed, Signal } from '@angular/core';
import { COMMON } from '../i18n/common.messages';
import { injectMessages } from '../i18n/translate';
import { describeError } from './error-text';

/**
 * Why a read failed, in the reader's language ('' while there is no error): the first message
 * of describeError, reworded when the language changes. Call it in a field initializer.
 */
export function errorText(error: () => unknown): Signal<string> {
  const c = injectMessages(COMMON);
  return computed(() => {
    const e = error();
    return e ? (describeError(e, c())[0] ?? '') : '';
  });
}
