/**
 * The harvester's dependencies from the configuration: the outbound client (OUTBOUND_*), the sealer
 * (SECRETS_KEY, src/auth/secrets-key.ts), the retry schedule (USAGE_HARVEST_RETRY_DELAYS), the real
 * clock, and the COUNTER reader and usage store. The API reads the environment when a mutation needs
 * it (as CONSORTIUM_TZ is read), the CLI and `serve` pass the configuration they loaded.
 */
import { sealerFor } from '../../auth/secrets-key.js';
import { loadConfig, type Config } from '../../config.js';
import { createOutboundClient } from '../../lib/outbound/index.js';
import type { Sealer } from '../../lib/sealed-secrets.js';
import type { HarvestDeps } from './sushi-harvest.service.js';
import { counterPipeline } from './sushi-pipeline.js';

export function harvestDepsFor(config: Config, extra: Partial<HarvestDeps> = {}): HarvestDeps {
  return {
    outbound: createOutboundClient(config.outbound),
    sealer: sealerFor(config),
    ...counterPipeline,
    retryDelaysMs: config.usageHarvest.retryDelaysMs,
    now: () => new Date(),
    ...extra,
  };
}

/** For the API: the configuration from the environment, read when needed. */
export function apiConfig(): Config {
  return loadConfig();
}

export function sealerFromEnvironment(): Sealer {
  return sealerFor(apiConfig());
}
