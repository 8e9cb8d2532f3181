// One build serves every environment: what differs (the API's base, how people sign in) comes from config.json,
// served beside the app (made by `roster serve` from its settings, or by the AWS deploy script from Terraform).

export type AuthConfig =
  | { mode: 'none' }
  | { mode: 'token' }
  | {
      mode: 'cognito';
      /** The user pool's issuer, https://cognito-idp.<region>.amazonaws.com/<pool id> */
      authority: string;
      clientId: string;
      /** The managed login domain, https://<prefix>.auth.<region>.amazoncognito.com */
      domain: string;
      scopes?: string;
    };

export interface AppConfig {
  /** Prefix of the API's paths: "" when the API is on the same origin (always, with CloudFront and locally). */
  apiBase: string;
  auth: AuthConfig;
}

export async function loadConfig(fetcher: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetcher('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const config = (await response.json()) as Partial<AppConfig>;
  return { apiBase: config.apiBase ?? '', auth: config.auth ?? { mode: 'none' } };
}
