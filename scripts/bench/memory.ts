// The server's memory during the run: `next start` and what it spawns (the `next-server` worker), read from
// /proc every quarter second, so the peak of the whole tree is known and not only of the process we started.
import fs from 'node:fs'

type ProcessMemory = { pid: number; name: string; rssKB: number; hwmKB: number }

const readStatus = (pid: number): ProcessMemory | null => {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const field = (name: string) => status.match(new RegExp(`^${name}:\\s+(.+)$`, 'm'))?.[1] ?? ''
    // The kernel keeps 15 characters of a name: «next-server (v1» is next-server.
    return { pid, name: field('Name').replace(/\s*\(.*$/, ''), rssKB: Number.parseInt(field('VmRSS'), 10) || 0, hwmKB: Number.parseInt(field('VmHWM'), 10) || 0 }
  } catch {
    return null
  }
}

/** `root` and all its descendants, from each process's parent in /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name sits in parentheses and may hold spaces: the parent id is the second field after it.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root]
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]) ?? []))
  return tree
}

export type MemoryPeak = { peakTreeMB: number; processes: number; largest: { name: string; hwmMB: number } }

/** Samples the tree under `root` until `stop()`, which returns the peak total RSS and the largest process's high-water mark. */
export function watchMemory(root: number, everyMs = 250) {
  let peakKB = 0
  const highWater = new Map<number, ProcessMemory>()
  const sample = () => {
    const processes = processTree(root).map(readStatus).filter((entry): entry is ProcessMemory => entry !== null)
    peakKB = Math.max(peakKB, processes.reduce((sum, entry) => sum + entry.rssKB, 0))
    for (const entry of processes) highWater.set(entry.pid, entry)
  }
  sample()
  const timer = setInterval(sample, everyMs)
  return {
    stop(): MemoryPeak {
      sample()
      clearInterval(timer)
      const largest = [...highWater.values()].sort((a, b) => b.hwmKB - a.hwmKB)[0]
      return { peakTreeMB: peakKB / 1024, processes: highWater.size, largest: { name: largest?.name ?? '?', hwmMB: (largest?.hwmKB ?? 0) / 1024 } }
    },
  }
}
