// Test support (not part of the application): the setting of every live-stream spec. A meeting
// world on an instance that listens on a real port (streams cannot be injected), and a second
// instance on the same database whose writes reach the first through LISTEN/NOTIFY.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { useMeetingWorld, type MeetingWorld } from './meeting-world';
import { listeningUrl, openSse, type SseStream } from './sse-client';
import { useTestApp, type TestAppHandle } from './test-app';

export interface LiveWorld {
  /** The meeting world, on the instance that streams. */
  readonly w: MeetingWorld & TestAppHandle;
  /** Another instance on the same database: a write made through it must reach the streams. */
  readonly other: NestFastifyApplication;
  /** Opens `path` of the streaming instance as an event stream; it is closed after the test. */
  stream(path: string, headers?: Record<string, string>): Promise<SseStream>;
}

/** For a describe block: both instances made before its tests, streams closed after each test. */
export function useLiveWorld(): LiveWorld {
  const w = useMeetingWorld();
  const second = useTestApp();
  let base: string | undefined;
  const open: SseStream[] = [];
  beforeAll(async () => {
    base = await listeningUrl(w.app);
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.close();
  });
  return {
    w,
    get other() {
      return second.app;
    },
    async stream(path, headers = {}) {
      if (!base) throw new Error('useLiveWorld: the instances are made in beforeAll; stream inside tests');
      const s = await openSse(`${base}${path}`, headers);
      open.push(s);
      return s;
    },
  };
}
