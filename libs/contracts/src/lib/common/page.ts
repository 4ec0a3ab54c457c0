// Shapes every area shares.

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
