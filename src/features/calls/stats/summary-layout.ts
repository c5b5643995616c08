/** The summary's parts, named once for the summary and its loading skeleton. */
export const TILE_TITLES = ['Total calls', 'Answered', 'Average duration', 'Missed', 'Voicemail'] as const;

export const CHARTS = ['over-time', 'dispositions', 'campaigns', 'channels'] as const;
export type ChartName = (typeof CHARTS)[number];

export const CHART_TITLES: Record<ChartName, string> = {
  'over-time': 'Calls over time',
  dispositions: 'Calls by disposition',
  campaigns: 'Top campaigns',
  channels: 'Calls by channel',
};
