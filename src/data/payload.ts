import configPromise from '@payload-config'
import { getPayload } from 'payload'

export const payloadClient = () => getPayload({ config: configPromise })
