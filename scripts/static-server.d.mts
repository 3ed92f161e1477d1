import type { Server } from 'node:http';
export function startStaticServer(options: {
  mounts: { prefix: string; dir: string }[];
  port?: number;
  host?: string;
  headers?: Record<string, string>;
}): Promise<{ server: Server; url: string }>;
