import { getCollection } from 'astro:content';

/** The pass mark HR sets in content/quizzes/settings.yaml (build time only). A missing file fails the build. */
export async function loadPassPercent(): Promise<number> {
  const [settings] = await getCollection('quizSettings');
  if (!settings) throw new Error('content/quizzes/settings.yaml 不存在：請加上 passPercent（及格標準，例如 80）');
  return settings.data.passPercent;
}
