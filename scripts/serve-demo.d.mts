import type { Server } from 'node:http';
export const CONTENT_SECURITY_POLICY: string;
export function startDemo(options?: { port?: number; host?: string }): Promise<{ server: Server; url: string }>;
