import { redirect } from 'next/navigation';

/** The app has no public landing page: src/proxy.ts sends "/" to the dashboard or to sign-in. */
export default function Home() {
  redirect('/dashboard');
}
