import { HttpContextToken } from '@angular/common/http';

/** A 401 on this request means "nobody is signed in": answer it, do not send the user to sign in. */
export const SILENT_AUTH_FAILURE = new HttpContextToken<boolean>(() => false);

/** Set on the one retry the auth interceptor makes after refreshing the session. */
export const AUTH_RETRIED = new HttpContextToken<boolean>(() => false);
