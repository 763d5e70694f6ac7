import robotsParser from 'robots-parser'

// robots.txt read by robots-parser (Google's longest-match rules), for the crawlers that matter to a newsroom.

export const CRAWLERS = ['*', 'Googlebot', 'Googlebot-Image', 'Googlebot-News', 'Bingbot', 'facebookexternalhit', 'Twitterbot', 'LinkedInBot']

/** Addresses some crawler may not fetch (when `allowed`) or may fetch (when not), with the line that decided. */
export function robotsProblems(robotsTxt: string, origin: string, urls: string[], allowed: boolean): string[] {
  const robots = robotsParser(`${origin}/robots.txt`, robotsTxt)
  const problems: string[] = []
  for (const url of urls) {
    const absolute = new URL(url, origin).href
    const refused = CRAWLERS.filter((agent) => robots.isAllowed(absolute, agent) !== allowed)
    if (refused.length === 0) continue
    const line = robots.getMatchingLineNumber(absolute, refused[0])
    const rule = line > 0 ? robotsTxt.split('\n')[line - 1]?.trim() : 'no rule'
    problems.push(`${decodeURI(absolute)} is ${allowed ? 'disallowed' : 'allowed'} for ${refused.join(', ')} (line ${line}: ${rule})`)
  }
  return problems
}

export function robotsSitemaps(robotsTxt: string, origin: string): string[] {
  return robotsParser(`${origin}/robots.txt`, robotsTxt).getSitemaps()
}
