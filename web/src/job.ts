import { useEffect, useState } from 'react';
import type { Job } from './api/types';

export const POLL_MS = 500;

export function isFinished(job: Job): boolean {
  const status = job.status.toLowerCase();
  return status === 'succeeded' || status === 'failed';
}

/** Follows a background job until it ends: its latest state, or the error that stopped the polling. */
export function useJob(jobId: string | null, read: (id: string) => Promise<Job>) {
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const latest = await read(jobId);
        if (stopped) return;
        setJob(latest);
        if (!isFinished(latest)) timer = setTimeout(poll, POLL_MS);
      } catch (failure) {
        if (!stopped) setError(failure);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, read]);
  return { job, error };
}
