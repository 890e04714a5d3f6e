import type { Playbook } from './schema';

/** Social-media marketing in 7 steps (domain file, "Method checklists from the source material"). */
export const socialMedia: Playbook = {
  id: 'social-media',
  title: { en: 'Social-media marketing in 7 steps', zh: '社交媒体营销七步法' },
  summary: {
    en: 'From knowing the business and the platforms to a strategy, tactics, a team, evaluation by quantity, quality and ROI, and a loop of adjustment.',
    zh: '从了解业务与平台，到制定策略与战术、组建团队，再按数量、质量和投资回报评估，并循环调整。',
  },
  steps: [
    {
      id: 'know-business',
      title: { en: 'Know the business and the customer', zh: '了解业务与客户' },
      meaning: {
        en: 'Write down who buys and why before choosing any platform: the segments and their needs.',
        zh: '在选择平台之前，先写清谁在购买、为什么购买：细分市场及其需求。',
      },
      lands: { part: 'situation', table: 'segments' },
      coverage: { rule: 'rows', collection: 'segments' },
      suggestions: [
        {
          collection: 'segments',
          row: {
            name: { en: 'Social-media active buyers', zh: '社交媒体活跃买家' },
            needs: { en: 'Discover products through posts and friends; want quick answers', zh: '通过帖子和朋友发现产品，希望快速得到答复' },
          },
        },
      ],
    },
    {
      id: 'know-platforms',
      title: { en: 'Know the platforms and their audiences', zh: '了解平台及其受众' },
      meaning: {
        en: 'List the platforms your customers use and what each audience expects there.',
        zh: '列出客户使用的平台，以及各平台受众的期待。',
      },
      lands: { part: 'situation', table: 'channels' },
      coverage: {
        rule: 'mentions',
        collection: 'channels',
        field: 'name',
        words: { en: ['WeChat', 'Weibo', 'Douyin', 'Xiaohongshu', 'social', 'platform'], zh: ['微信', '微博', '抖音', '小红书', '社交', '平台'] },
      },
      suggestions: [
        { collection: 'channels', row: { name: { en: 'WeChat official account', zh: '微信公众号' }, trend: 'stable' } },
        { collection: 'channels', row: { name: { en: 'Douyin short video', zh: '抖音短视频' }, trend: 'rising' } },
        { collection: 'channels', row: { name: { en: 'Xiaohongshu notes', zh: '小红书笔记' }, trend: 'rising' } },
      ],
    },
    {
      id: 'set-strategy',
      title: { en: 'Set the strategy', zh: '制定策略' },
      meaning: {
        en: 'Goals, the platform architecture (which platform does what), the budget and the resources.',
        zh: '目标、平台架构（各平台分工）、预算和资源。',
      },
      lands: { part: 'objectives', table: 'objectives' },
      coverage: {
        rule: 'mentions',
        collection: 'objectives',
        field: 'title',
        words: { en: ['social', 'follower', 'fans'], zh: ['社交', '粉丝', '新媒体'] },
      },
      suggestions: [
        {
          collection: 'objectives',
          row: {
            kind: 'marketing',
            metric: 'newCustomers',
            title: { en: 'Grow social-media followers', zh: '社交媒体粉丝增长' },
            unit: { en: 'followers', zh: '粉丝' },
          },
        },
      ],
    },
    {
      id: 'set-tactics',
      title: { en: 'Set the tactics', zh: '制定战术' },
      meaning: { en: 'What to post, when and where: a content calendar per platform.', zh: '发什么、何时发、在哪发：各平台的内容日历。' },
      lands: { part: 'actions', table: 'actions' },
      coverage: {
        rule: 'mentions',
        collection: 'actions',
        field: 'title',
        words: { en: ['content calendar', 'posting', 'post '], zh: ['内容日历', '发布', '推文'] },
      },
      suggestions: [
        {
          collection: 'actions',
          row: { title: { en: 'Content calendar: what to post, when and where', zh: '内容日历：发什么、何时发、在哪发' }, mixElement: 'promotion' },
        },
        { collection: 'actions', row: { title: { en: 'Weekly posting schedule per platform', zh: '各平台每周发布排期' }, mixElement: 'promotion' } },
      ],
    },
    {
      id: 'build-team',
      title: { en: 'Build and motivate the team', zh: '组建并激励团队' },
      meaning: {
        en: 'Name who writes, designs, answers and reviews, and how they are rewarded.',
        zh: '明确谁来撰写、设计、回复和审核，以及如何激励。',
      },
      lands: { part: 'actions', table: 'actions' },
      coverage: {
        rule: 'mentions',
        collection: 'actions',
        field: 'title',
        words: { en: ['team', 'training', 'incentive'], zh: ['团队', '培训', '激励'] },
      },
      suggestions: [
        { collection: 'actions', row: { title: { en: 'Build and train the social-media team', zh: '组建并培训新媒体团队' } } },
        { collection: 'actions', row: { title: { en: 'Team incentives tied to qualified interactions', zh: '与有效互动挂钩的团队激励' } } },
      ],
    },
    {
      id: 'evaluate',
      title: { en: 'Evaluate by quantity, quality and ROI', zh: '按数量、质量和投资回报评估' },
      meaning: {
        en: 'Quantity (followers, clicks), quality (qualified interactions) and ROI (inquiries, conversions), each a KPI.',
        zh: '数量（粉丝、点击）、质量（有效互动）和投资回报（咨询、转化），各设一个关键指标。',
      },
      lands: { part: 'control', table: 'kpis' },
      coverage: {
        rule: 'mentions',
        collection: 'kpis',
        field: 'metric',
        words: { en: ['follower', 'click', 'interaction', 'inquir', 'conversion', 'ROI'], zh: ['粉丝', '点击', '互动', '咨询', '转化', '投资回报'] },
      },
      suggestions: [
        {
          collection: 'kpis',
          row: { metric: { en: 'New followers', zh: '新增粉丝数' }, unit: { en: 'followers', zh: '人' }, controlKind: 'efficiency' },
        },
        {
          collection: 'kpis',
          row: { metric: { en: 'Qualified interactions', zh: '有效互动数' }, unit: { en: 'interactions', zh: '次' }, controlKind: 'efficiency' },
        },
        {
          collection: 'kpis',
          row: {
            metric: { en: 'Inquiries from social media', zh: '社交媒体咨询量' },
            unit: { en: 'inquiries', zh: '次' },
            controlKind: 'annualPlan',
          },
        },
      ],
    },
    {
      id: 'adjust',
      title: { en: 'Adjust and loop', zh: '调整并循环' },
      meaning: {
        en: 'Review the figures on a fixed rhythm and change topics, timing or platforms.',
        zh: '按固定节奏复盘数据，调整选题、时间或平台。',
      },
      lands: { part: 'actions', table: 'actions' },
      coverage: {
        rule: 'mentions',
        collection: 'actions',
        field: 'title',
        words: { en: ['review', 'adjust'], zh: ['复盘', '调整'] },
      },
      suggestions: [{ collection: 'actions', row: { title: { en: 'Weekly review and adjustment of content', zh: '每周内容复盘与调整' } } }],
    },
  ],
};
