import { mapPublicThread } from './comment.mapper';
import type { PublicCommentRow } from './comment.queries';

const at = (n: number) => new Date(Date.UTC(2026, 11, 2, 12, n));
const row = (id: string, parentId: string | null, visible: boolean, n: number): PublicCommentRow => ({
  id,
  parentId,
  authorName: `Lector ${id}`,
  text: `texto ${id}`,
  createdAt: at(n),
  visible,
});

describe('mapPublicThread', () => {
  it('nests replies under their comment and keeps a placeholder for a removed reply', () => {
    const thread = mapPublicThread([row('a', null, true, 1), row('r1', 'a', true, 2), row('r2', 'a', false, 3)]);
    expect(thread).toHaveLength(1);
    expect(thread[0].replies.map((r) => [r.id, r.withdrawn, r.text])).toEqual([
      ['r1', false, 'texto r1'],
      ['r2', true, null],
    ]);
    expect(thread[0].replies[1].authorName).toBeNull();
  });

  it('drops a removed comment without replies, but keeps one whose approved replies still show', () => {
    const thread = mapPublicThread([
      row('gone', null, false, 1),
      row('parent', null, false, 2),
      row('child', 'parent', true, 3),
    ]);
    expect(thread.map((c) => [c.id, c.withdrawn])).toEqual([['parent', true]]);
    expect(thread[0].replies[0]).toMatchObject({ id: 'child', withdrawn: false, text: 'texto child' });
  });
});
