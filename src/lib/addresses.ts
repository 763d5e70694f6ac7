// The other processes a change must reach: the app instances (their own caches) and the caches in front.

type Env = Record<string, string | undefined>

/** A list of addresses written with commas and/or spaces; trailing slashes dropped, each named once. */
export function addressList(value: string | undefined): string[] {
  const addresses = (value ?? '').split(/[\s,]+/).map((address) => address.replace(/\/+$/, '')).filter(Boolean)
  return [...new Set(addresses)]
}

/** The app instances' internal addresses (APP_URLS); by default this machine's own server. */
export function appAddresses(env: Env = process.env): string[] {
  const listed = addressList(env.APP_URLS)
  return listed.length ? listed : [`http://127.0.0.1:${env.PORT || 3000}`]
}

/** The reverse-proxy caches to purge (CACHE_PURGE_URL); none when unset. */
export const cacheAddresses = (env: Env = process.env) => addressList(env.CACHE_PURGE_URL)
