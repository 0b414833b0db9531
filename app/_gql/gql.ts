/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n    version\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  subscription RunProgress($runId: ID!, $afterSeq: Int!) {\n    runProgress(runId: $runId, afterSeq: $afterSeq) {\n      seq\n      type\n      current\n      total\n      message\n      deviceId\n      deviceName\n      status\n      code\n      at\n      payload\n    }\n  }\n": typeof types.RunProgressDocument,
    "\n  query BackupMethods {\n    backupMethods {\n      key\n      friendlyName\n      description\n      platform\n      artifacts\n      isBinary\n      transport\n      deviceCount\n      proof {\n        recordings {\n          source\n          model\n          description\n          checksSecrets\n        }\n        cases\n        labPersona\n        secretsCorpus\n      }\n    }\n  }\n": typeof types.BackupMethodsDocument,
    "\n  fragment CredentialSetFormFields on CredentialSet {\n    id\n    name\n    username\n    hasPassword\n    hasEnableSecret\n    hasPrivateKey\n    hasPassphrase\n    hasApiKey\n    scope {\n      hosts\n      tags\n      ports\n    }\n  }\n": typeof types.CredentialSetFormFieldsFragmentDoc,
    "\n  mutation CreateCredentialSet($input: CreateCredentialSetInput!) {\n    createCredentialSet(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCredentialSetDocument,
    "\n  mutation UpdateCredentialSet($id: ID!, $input: UpdateCredentialSetInput!) {\n    updateCredentialSet(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateCredentialSetDocument,
    "\n  query CredentialSets {\n    credentialSets {\n      id\n      name\n      username\n      hasPassword\n      hasEnableSecret\n      hasPrivateKey\n      hasPassphrase\n      hasApiKey\n      scoped\n      scope {\n        hosts\n        tags\n        ports\n      }\n      deviceCount\n      devices {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CredentialSetsDocument,
    "\n  mutation DeleteCredentialSet($id: ID!) {\n    deleteCredentialSet(id: $id)\n  }\n": typeof types.DeleteCredentialSetDocument,
    "\n  query EditCredentialSet($id: ID!) {\n    credentialSet(id: $id) {\n      name\n      ...CredentialSetFormFields\n    }\n  }\n": typeof types.EditCredentialSetDocument,
    "\n  query Dashboard($staleHours: Int!) {\n    dashboard(staleHours: $staleHours) {\n      staleHours\n      deviceCount\n      backedUpLast24h\n      failedCount\n      staleCount\n      averageDurationMs\n      dailySuccess {\n        ...SuccessChartDay\n      }\n      activeRuns {\n        id\n        status\n        total\n        completed\n        createdAt\n        startedAt\n      }\n      failedRuns {\n        id\n        error\n        finishedAt\n      }\n      mostChangedDevices(first: 10) {\n        device {\n          id\n          name\n        }\n        changes\n        lastChangedAt\n      }\n    }\n    runs(first: 8) {\n      nodes {\n        ...RunTableRow\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  subscription RunUpdates($afterId: ID) {\n    runUpdates(afterId: $afterId) {\n      id\n      runId\n      type\n      current\n      total\n    }\n  }\n": typeof types.RunUpdatesDocument,
    "\n  query RecentChanges($first: Int!) {\n    changes(first: $first) {\n      nodes {\n        id\n        artifact\n        at\n        addedLines\n        removedLines\n        previous {\n          id\n        }\n        device {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RecentChangesDocument,
    "\n  subscription RecentChangesAdded {\n    changesAdded {\n      id\n    }\n  }\n": typeof types.RecentChangesAddedDocument,
    "\n  fragment SuccessChartDay on DailySuccess {\n    day\n    succeeded\n    failed\n    rate\n  }\n": typeof types.SuccessChartDayFragmentDoc,
    "\n  query CompareBackups($fromId: ID!, $toId: ID!, $context: Int!, $keepOrder: Boolean!) {\n    diffBackups(fromId: $fromId, toId: $toId, context: $context, keepOrder: $keepOrder) {\n      unified\n      unchanged\n      fromLineCount\n      toLineCount\n      fromVolatileLines\n      toVolatileLines\n      from {\n        id\n        artifact\n        createdAt\n        device {\n          id\n          name\n        }\n      }\n      to {\n        id\n        artifact\n        createdAt\n        device {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CompareBackupsDocument,
    "\n  query CompareBackupContent($id: ID!) {\n    backupContent(id: $id) {\n      content\n    }\n  }\n": typeof types.CompareBackupContentDocument,
    "\n  query CompareDeviceSearch($search: String) {\n    devices(first: 20, search: $search, sort: { field: NAME }) {\n      totalCount\n      nodes {\n        id\n        name\n        host\n      }\n    }\n  }\n": typeof types.CompareDeviceSearchDocument,
    "\n  query ComparePickerDevice($id: ID!) {\n    device(id: $id) {\n      id\n      name\n    }\n    deviceArtifacts(deviceId: $id, textOnly: true)\n  }\n": typeof types.ComparePickerDeviceDocument,
    "\n  query ComparePickerVersions($id: ID!, $artifact: String!) {\n    device(id: $id) {\n      id\n      backups(first: 200, artifact: $artifact, changedOnly: true) {\n        totalCount\n        nodes {\n          id\n          artifact\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ComparePickerVersionsDocument,
    "\n  query BackupContent($id: ID!, $revealSecrets: Boolean!) {\n    backupContent(id: $id, revealSecrets: $revealSecrets) {\n      content\n      lineCount\n      secretsRevealed\n      backup {\n        id\n        artifact\n        createdAt\n        size\n        sha256\n        downloadUrl\n        device {\n          id\n          name\n          keepSecrets\n        }\n      }\n    }\n  }\n": typeof types.BackupContentDocument,
    "\n  query BackupNeighbourVersions($deviceId: ID!, $artifact: String!) {\n    device(id: $deviceId) {\n      id\n      versions(artifact: $artifact, first: 200) {\n        nodes {\n          id\n          previousId\n        }\n      }\n    }\n  }\n": typeof types.BackupNeighbourVersionsDocument,
    "\n  fragment CredentialSetOption on CredentialSet {\n    id\n    name\n    username\n    scope {\n      hosts\n      tags\n      ports\n    }\n  }\n": typeof types.CredentialSetOptionFragmentDoc,
    "\n  mutation DetectPlatform($input: DetectPlatformInput!) {\n    detectPlatform(input: $input) {\n      ok\n      code\n      message\n      elapsedMs\n      detection {\n        recognised\n        platform\n        backupMethod\n        evidence\n        reason\n      }\n    }\n  }\n": typeof types.DetectPlatformDocument,
    "\n  query DeviceDetail($id: ID!) {\n    device(id: $id) {\n      id\n      name\n      host\n      port\n      backupMethod\n      backupMethodInfo {\n        friendlyName\n        transport\n      }\n      location\n      tags\n      enabled\n      lastBackupAt\n      lastSuccessAt\n      lastStatus\n      lastErrorCode\n      lastErrorMessage\n      retiredAt\n      lastChangedAt\n      savedState\n      prompt\n      hostKeyFingerprint\n      pendingHostKeyFingerprint\n      repository {\n        id\n        name\n      }\n      effectiveRepository {\n        isDefault\n        repository {\n          id\n          name\n        }\n      }\n      model\n      variables {\n        name\n        value\n      }\n      credentialSets {\n        name\n        scoped\n      }\n      source {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.DeviceDetailDocument,
    "\n  mutation BackupDevice($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n": typeof types.BackupDeviceDocument,
    "\n  mutation AcceptHostKey($id: ID!) {\n    acceptHostKey(deviceId: $id) {\n      id\n    }\n  }\n": typeof types.AcceptHostKeyDocument,
    "\n  query DeviceBackups($id: ID!, $first: Int!, $after: String) {\n    device(id: $id) {\n      id\n      backups(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          artifact\n          type\n          size\n          changed\n          initial\n          createdAt\n          sha256\n          downloadUrl\n          run {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeviceBackupsDocument,
    "\n  query DeviceRuns($deviceId: ID!) {\n    runs(first: 10, filter: { deviceId: $deviceId }) {\n      totalCount\n      nodes {\n        id\n        status\n        createdAt\n        startedAt\n        devices(deviceIds: [$deviceId]) {\n          device {\n            id\n          }\n          status\n          attempts\n          durationMs\n          errorCode\n          errorMessage\n          stages {\n            ...RunStageFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeviceRunsDocument,
    "\n  query BackupMethodNames {\n    backupMethods {\n      key\n      friendlyName\n    }\n  }\n": typeof types.BackupMethodNamesDocument,
    "\n  fragment DeviceFormFields on Device {\n    id\n    name\n    host\n    port\n    backupMethod\n    location\n    tags\n    model\n    variables {\n      name\n      value\n    }\n    enabled\n    repository {\n      id\n    }\n    credentialSets {\n      id\n    }\n    sshProfile\n    keepSecrets\n    prompt\n    options\n    source {\n      name\n      syncedFields\n    }\n  }\n": typeof types.DeviceFormFieldsFragmentDoc,
    "\n  query DeviceFormOptions {\n    backupMethods {\n      key\n      friendlyName\n      description\n      isBinary\n      optionFields {\n        name\n        kind\n        required\n        defaultValue\n        pattern\n      }\n    }\n    credentialSets {\n      ...CredentialSetOption\n    }\n    repositories {\n      id\n      name\n    }\n  }\n": typeof types.DeviceFormOptionsDocument,
    "\n  mutation CreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDeviceDocument,
    "\n  mutation UpdateDevice($id: ID!, $input: UpdateDeviceInput!) {\n    updateDevice(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateDeviceDocument,
    "\n  query Devices($first: Int!, $offset: Int, $search: String, $filter: DeviceFilter, $sort: DeviceSort) {\n    devices(first: $first, offset: $offset, search: $search, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        repository {\n          id\n        }\n        ...DeviceTableRow\n      }\n    }\n  }\n": typeof types.DevicesDocument,
    "\n  query DeviceBulkChoices {\n    repositories {\n      id\n      name\n    }\n    credentialSets {\n      id\n      name\n    }\n  }\n": typeof types.DeviceBulkChoicesDocument,
    "\n  query MatchingDeviceIds($search: String, $filter: DeviceFilter) {\n    deviceIds(search: $search, filter: $filter)\n  }\n": typeof types.MatchingDeviceIdsDocument,
    "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n": typeof types.StartRunDocument,
    "\n  mutation DeleteDevice($id: ID!) {\n    deleteDevice(id: $id)\n  }\n": typeof types.DeleteDeviceDocument,
    "\n  mutation BulkUpdateDevices($selection: DeviceSelectionInput!, $change: BulkDeviceChangeInput!) {\n    bulkUpdateDevices(selection: $selection, change: $change) {\n      count\n    }\n  }\n": typeof types.BulkUpdateDevicesDocument,
    "\n  mutation BulkDeleteDevices($selection: DeviceSelectionInput!) {\n    bulkDeleteDevices(selection: $selection) {\n      count\n    }\n  }\n": typeof types.BulkDeleteDevicesDocument,
    "\n  fragment DeviceTableRow on Device {\n    id\n    name\n    host\n    port\n    backupMethod\n    backupMethodInfo {\n      friendlyName\n      isBinary\n      platform\n    }\n    location\n    tags\n    model\n    effectiveRepository {\n      isDefault\n      repository {\n        id\n        name\n      }\n    }\n    enabled\n    lastBackupAt\n    lastStatus\n    lastErrorCode\n    lastErrorMessage\n    lastChangedAt\n    savedState\n    source {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.DeviceTableRowFragmentDoc,
    "\n  query EditDevice($id: ID!) {\n    device(id: $id) {\n      name\n      ...DeviceFormFields\n    }\n  }\n": typeof types.EditDeviceDocument,
    "\n  mutation ImportDevices($csv: String!, $dryRun: Boolean!) {\n    importDevices(csv: $csv, dryRun: $dryRun) {\n      ok\n      dryRun\n      errors {\n        row\n        field\n        message\n      }\n      detections {\n        row\n        name\n        backupMethod\n        platform\n        message\n      }\n      devices {\n        name\n        host\n        port\n        backupMethod\n        location\n        tags\n        enabled\n      }\n    }\n  }\n": typeof types.ImportDevicesDocument,
    "\n  mutation RetireDevice($id: ID!) {\n    retireDevice(id: $id) {\n      id\n      retiredAt\n    }\n  }\n": typeof types.RetireDeviceDocument,
    "\n  mutation RestoreDevice($id: ID!) {\n    restoreDevice(id: $id) {\n      id\n      retiredAt\n    }\n  }\n": typeof types.RestoreDeviceDocument,
    "\n  mutation TestDeviceConnection($id: ID!) {\n    testDeviceConnection(id: $id) {\n      ok\n      code\n      message\n      reached\n      authenticated\n      credentialSet\n      hostKeyFingerprint\n      hostKeyStatus\n      prompt\n      privileged\n      banner\n      elapsedMs\n      configuredPlatform\n      detection {\n        recognised\n        platform\n        backupMethod\n        evidence\n        reason\n        candidates\n        answers\n      }\n    }\n  }\n": typeof types.TestDeviceConnectionDocument,
    "\n  query DeviceVersions($id: ID!, $first: Int!, $after: String, $artifact: String) {\n    deviceArtifacts(deviceId: $id)\n    device(id: $id) {\n      id\n      versions(first: $first, after: $after, artifact: $artifact) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          artifact\n          change\n          firstSeenAt\n          lastConfirmedAt\n          collections\n          addedLines\n          removedLines\n          previousId\n          backup {\n            id\n            type\n            sha256\n            downloadUrl\n            run {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeviceVersionsDocument,
    "\n  query EditRepository($id: ID!) {\n    repository(id: $id) {\n      name\n      ...RepositoryFormFields\n    }\n  }\n": typeof types.EditRepositoryDocument,
    "\n  fragment PathPreviewRepository on Repository {\n    id\n    name\n    pathTemplate\n    isDefault\n    effectiveDeviceCount\n  }\n": typeof types.PathPreviewRepositoryFragmentDoc,
    "\n  query RepositoryDevices($repositoryId: ID) {\n    using: devices(first: 200, filter: { repositoryId: $repositoryId }) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n    all: devices(first: 200) {\n      nodes {\n        id\n        name\n        location\n        tags\n        variables {\n          name\n          value\n        }\n        backupMethod\n        backupMethodInfo {\n          artifacts\n        }\n      }\n    }\n  }\n": typeof types.RepositoryDevicesDocument,
    "\n  fragment RepositoryFormFields on Repository {\n    id\n    name\n    kind\n    path\n    remoteUrl\n    hasRemoteToken\n    remoteCredentialSet {\n      id\n    }\n    signingCredentialSet {\n      id\n    }\n    branch\n    pathTemplate\n    authorName\n    authorEmail\n  }\n": typeof types.RepositoryFormFieldsFragmentDoc,
    "\n  query RepositoryKeyOptions {\n    credentialSets {\n      id\n      name\n      username\n      hasPrivateKey\n    }\n  }\n": typeof types.RepositoryKeyOptionsDocument,
    "\n  mutation CreateRepository($input: CreateRepositoryInput!) {\n    createRepository(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRepositoryDocument,
    "\n  mutation UpdateRepository($id: ID!, $input: UpdateRepositoryInput!) {\n    updateRepository(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateRepositoryDocument,
    "\n  query Repositories {\n    repositories {\n      id\n      name\n      kind\n      path\n      remoteUrl\n      hasRemoteToken\n      remoteCredentialSet {\n        name\n      }\n      remoteHostKeyFingerprint\n      pendingRemoteHostKeyFingerprint\n      signingCredentialSet {\n        name\n      }\n      divergence {\n        localCommit\n        remoteCommit\n        at\n      }\n      branch\n      pathTemplate\n      deviceCount\n      isDefault\n      effectiveDeviceCount\n      ...PathPreviewRepository\n    }\n  }\n": typeof types.RepositoriesDocument,
    "\n  query TestRepository($id: ID!) {\n    testRepository(id: $id) {\n      ok\n      messages\n    }\n  }\n": typeof types.TestRepositoryDocument,
    "\n  mutation AcceptRemoteHostKey($id: ID!) {\n    acceptRemoteHostKey(id: $id) {\n      id\n    }\n  }\n": typeof types.AcceptRemoteHostKeyDocument,
    "\n  mutation DeleteRepository($id: ID!) {\n    deleteRepository(id: $id)\n  }\n": typeof types.DeleteRepositoryDocument,
    "\n  query RepositoryRetention($id: ID!) {\n    repository(id: $id) {\n      id\n      kind\n      retentionPolicies {\n        id\n        deviceTag\n        keepAllDays\n        keepDailyDays\n        keepWeeklyWeeks\n        keepMonthlyMonths\n        enabled\n        updatedAt\n      }\n    }\n  }\n": typeof types.RepositoryRetentionDocument,
    "\n  mutation SetRetentionPolicy($input: RetentionPolicyInput!) {\n    setRetentionPolicy(input: $input) {\n      id\n    }\n  }\n": typeof types.SetRetentionPolicyDocument,
    "\n  mutation DeleteRetentionPolicy($id: ID!) {\n    deleteRetentionPolicy(id: $id)\n  }\n": typeof types.DeleteRetentionPolicyDocument,
    "\n  fragment RetentionOutcomeFields on RetentionResult {\n    dryRun\n    asOf\n    backupCount\n    removeCount\n    fileCount\n    removals(first: 100) {\n      backupId\n      device\n      artifact\n      createdAt\n      path\n    }\n    files(first: 100) {\n      path\n      version\n    }\n  }\n": typeof types.RetentionOutcomeFieldsFragmentDoc,
    "\n  mutation ApplyRetention($repositoryId: ID!, $dryRun: Boolean!) {\n    applyRetention(repositoryId: $repositoryId, dryRun: $dryRun) {\n      ...RetentionOutcomeFields\n    }\n  }\n": typeof types.ApplyRetentionDocument,
    "\n  query RunChanges($runId: ID!, $first: Int!) {\n    changes(first: $first, filter: { runId: $runId, includeInitial: true }) {\n      totalCount\n      nodes {\n        id\n        artifact\n        change\n        at\n        addedLines\n        removedLines\n        backup {\n          type\n        }\n        previous {\n          id\n        }\n        device {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RunChangesDocument,
    "\n  query RunChangeDiff($fromId: ID!, $toId: ID!) {\n    diffBackups(fromId: $fromId, toId: $toId) {\n      unified\n    }\n  }\n": typeof types.RunChangeDiffDocument,
    "\n  fragment RunStageFields on RunStage {\n    stage\n    status\n    attempt\n    code\n    message\n    artifact\n    at\n  }\n": typeof types.RunStageFieldsFragmentDoc,
    "\n  fragment RunResultSummary on RunResult {\n    backedUpCount\n    changedCount\n    unchangedCount\n    failedCount\n    gitStatus\n    commitDate\n    gitCommitStatus {\n      sha\n      filesChanged\n      pushed\n      pushError\n    }\n  }\n": typeof types.RunResultSummaryFragmentDoc,
    "\n  query Run($id: ID!, $status: [RunDeviceStatus!]) {\n    run(id: $id) {\n      id\n      status\n      trigger\n      total\n      completed\n      changedArtifacts\n      initialArtifacts\n      succeededCount\n      failedCount\n      notStoredCount\n      storeAttempts\n      createdAt\n      startedAt\n      finishedAt\n      durationMs\n      requestedBy {\n        username\n      }\n      schedule {\n        id\n        name\n      }\n      selection\n      repository {\n        name\n      }\n      mode\n      concurrency\n      maxAttempts\n      error\n      devices(status: $status, failedFirst: true) {\n        id\n        deviceName\n        device {\n          id\n        }\n        status\n        attempts\n        startedAt\n        durationMs\n        errorCode\n        errorMessage\n        stages {\n          ...RunStageFields\n        }\n      }\n      result {\n        ...RunResultSummary\n      }\n      ...RunTimestampUpdate\n    }\n  }\n": typeof types.RunDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n    }\n  }\n": typeof types.CancelRunDocument,
    "\n  mutation RetryFailedDevices($runId: ID!) {\n    retryFailedDevices(runId: $runId) {\n      id\n    }\n  }\n": typeof types.RetryFailedDevicesDocument,
    "\n  mutation RetryStore($runId: ID!) {\n    retryStore(runId: $runId) {\n      id\n    }\n  }\n": typeof types.RetryStoreDocument,
    "\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RunTableRow\n      }\n    }\n  }\n": typeof types.RunsDocument,
    "\n  fragment RunTableRow on Run {\n    id\n    status\n    trigger\n    total\n    completed\n    succeededCount\n    failedCount\n    createdAt\n    startedAt\n    durationMs\n    changedArtifacts\n    initialArtifacts\n    requestedBy {\n      username\n    }\n    selection\n    schedule {\n      name\n    }\n  }\n": typeof types.RunTableRowFragmentDoc,
    "\n  query EditSchedule($id: ID!) {\n    schedule(id: $id) {\n      name\n      ...ScheduleFormFields\n    }\n  }\n": typeof types.EditScheduleDocument,
    "\n  fragment ScheduleFormFields on Schedule {\n    id\n    name\n    cron\n    timeZone\n    enabled\n    mode\n    concurrency\n    selection\n    repository {\n      id\n    }\n  }\n": typeof types.ScheduleFormFieldsFragmentDoc,
    "\n  query ScheduleFormOptions {\n    repositories {\n      id\n      name\n    }\n    backupMethods {\n      key\n      friendlyName\n    }\n  }\n": typeof types.ScheduleFormOptionsDocument,
    "\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateScheduleDocument,
    "\n  mutation UpdateSchedule($id: ID!, $input: UpdateScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateScheduleDocument,
    "\n  query SelectionDeviceCount($selection: RunSelectionInput!) {\n    selectionDeviceCount(selection: $selection)\n  }\n": typeof types.SelectionDeviceCountDocument,
    "\n  query PreviewSchedule($cron: String!, $timeZone: String!) {\n    previewSchedule(cron: $cron, timeZone: $timeZone, count: 5) {\n      description\n      nextRuns\n      timeZone\n    }\n  }\n": typeof types.PreviewScheduleDocument,
    "\n  query Schedules {\n    schedules {\n      id\n      name\n      cron\n      description\n      timeZone\n      enabled\n      selection\n      deviceCount\n      nextRuns(count: 1)\n      lastRun {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n": typeof types.SchedulesDocument,
    "\n  mutation ToggleSchedule($id: ID!, $input: UpdateScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ToggleScheduleDocument,
    "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n": typeof types.DeleteScheduleDocument,
    "\n  query ConfigSearch(\n    $query: String!\n    $regex: Boolean\n    $caseSensitive: Boolean\n    $context: Int\n    $filter: ConfigSearchFilter\n    $scope: ConfigSearchScope\n    $since: DateTime\n    $until: DateTime\n    $invert: Boolean\n    $after: String\n  ) {\n    configSearch(\n      query: $query\n      regex: $regex\n      caseSensitive: $caseSensitive\n      context: $context\n      filter: $filter\n      scope: $scope\n      since: $since\n      until: $until\n      invert: $invert\n      # The page size is fixed here, within the API's limits: 25 devices of 10 versions of 100 lines.\n      first: 25\n      after: $after\n    ) {\n      totalCount\n      searchedDevices\n      searchedVersions\n      pendingVersions\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SearchResultDevice\n      }\n    }\n  }\n": typeof types.ConfigSearchDocument,
    "\n  query SearchPlatforms {\n    backupMethods {\n      key\n      platform\n      isBinary\n    }\n  }\n": typeof types.SearchPlatformsDocument,
    "\n  fragment SearchResultDevice on ConfigSearchDevice {\n    device {\n      id\n      name\n      location\n      backupMethod\n    }\n    versionCount\n    versions {\n      backup {\n        id\n        artifact\n        createdAt\n      }\n      matched\n      matchCount\n      truncated\n      lines(first: 100) {\n        number\n        text\n        isMatch\n        highlights\n      }\n    }\n  }\n": typeof types.SearchResultDeviceFragmentDoc,
    "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      id\n    }\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      user {\n        username\n      }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorName\n        actorType\n        targetType\n        targetId\n        targetName\n        targetExists\n        details\n        createdAt\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditFacets {\n    auditFacets {\n      actors\n      actions\n      targetTypes\n    }\n  }\n": typeof types.AuditFacetsDocument,
    "\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateNotificationChannelDocument,
    "\n  mutation UpdateNotificationChannel($id: ID!, $input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateNotificationChannelDocument,
    "\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n": typeof types.DeleteNotificationChannelDocument,
    "\n  mutation SendTestNotification($channelId: ID!) {\n    sendTestNotification(channelId: $channelId) {\n      id\n    }\n  }\n": typeof types.SendTestNotificationDocument,
    "\n  query NotificationDeliveries($statuses: [NotificationDeliveryStatus!]) {\n    notificationDeliveries(first: 50, statuses: $statuses) {\n      totalCount\n      nodes {\n        id\n        event\n        title\n        status\n        attempts\n        maxAttempts\n        lastError\n        nextAttemptAt\n        sentAt\n        createdAt\n        channel {\n          name\n        }\n        rule {\n          name\n        }\n      }\n    }\n  }\n": typeof types.NotificationDeliveriesDocument,
    "\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      id\n    }\n  }\n": typeof types.RetryDeliveryDocument,
    "\n  query NotificationChannels {\n    notificationChannels {\n      id\n      name\n      kind\n      enabled\n      target\n      hasSigningSecret\n      email {\n        host\n        port\n        security\n        username\n        hasPassword\n        from\n        to\n        caCertificate\n      }\n    }\n  }\n": typeof types.NotificationChannelsDocument,
    "\n  query NotificationRules {\n    notificationRules {\n      id\n      name\n      enabled\n      events\n      failedRuns\n      staleHours\n      runStatuses\n      filter {\n        tags\n        locations\n        platforms\n        deviceIds\n      }\n      quietHours {\n        start\n        end\n        timeZone\n      }\n      channels {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NotificationRulesDocument,
    "\n  mutation CreateNotificationRule($input: CreateNotificationRuleInput!) {\n    createNotificationRule(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateNotificationRuleDocument,
    "\n  mutation UpdateNotificationRule($id: ID!, $input: UpdateNotificationRuleInput!) {\n    updateNotificationRule(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateNotificationRuleDocument,
    "\n  mutation DeleteNotificationRule($id: ID!) {\n    deleteNotificationRule(id: $id)\n  }\n": typeof types.DeleteNotificationRuleDocument,
    "\n  query Users {\n    users {\n      id\n      username\n      role\n      createdAt\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": typeof types.DeleteUserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  query EditInventorySource($id: ID!) {\n    inventorySource(id: $id) {\n      name\n      ...SourceFormFields\n    }\n  }\n": typeof types.EditInventorySourceDocument,
    "\n  query InventorySource($id: ID!) {\n    inventorySource(id: $id) {\n      id\n      name\n      kind\n      url\n      verifyTls\n      filter\n      orphanPolicy\n      writeBackField\n      variableFields\n      syncCron\n      syncTimeZone\n      deviceCount\n      credentialSet {\n        name\n      }\n      lastSync {\n        id\n        ...SyncResultFields\n      }\n    }\n  }\n": typeof types.InventorySourceDocument,
    "\n  query InventorySyncProgress($id: ID!) {\n    inventorySync(id: $id) {\n      id\n      status\n      ...SyncResultFields\n    }\n  }\n": typeof types.InventorySyncProgressDocument,
    "\n  mutation TestInventorySource($id: ID!) {\n    testInventorySource(id: $id) {\n      ok\n      version\n      code\n      message\n    }\n  }\n": typeof types.TestInventorySourceDocument,
    "\n  mutation PreviewInventorySync($id: ID!) {\n    previewInventorySync(sourceId: $id) {\n      id\n    }\n  }\n": typeof types.PreviewInventorySyncDocument,
    "\n  mutation SyncInventorySource($id: ID!) {\n    syncInventorySource(sourceId: $id) {\n      id\n    }\n  }\n": typeof types.SyncInventorySourceDocument,
    "\n  mutation DeleteInventorySource($id: ID!) {\n    deleteInventorySource(id: $id)\n  }\n": typeof types.DeleteInventorySourceDocument,
    "\n  fragment SourceFormFields on InventorySource {\n    id\n    name\n    kind\n    url\n    verifyTls\n    caBundle\n    filter\n    platformMap\n    locationField\n    tagFields\n    portField\n    variableFields\n    credentialSetField\n    credentialSet {\n      id\n    }\n    repository {\n      id\n    }\n    orphanPolicy\n    writeBackField\n    writeBackFormat\n    syncCron\n    syncTimeZone\n  }\n": typeof types.SourceFormFieldsFragmentDoc,
    "\n  query SourceFormOptions {\n    credentialSets {\n      id\n      name\n    }\n    repositories {\n      id\n      name\n    }\n    inventoryPlatformDefaults {\n      slug\n      backupMethod\n    }\n  }\n": typeof types.SourceFormOptionsDocument,
    "\n  mutation CreateInventorySource($input: CreateInventorySourceInput!) {\n    createInventorySource(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInventorySourceDocument,
    "\n  mutation UpdateInventorySource($id: ID!, $input: UpdateInventorySourceInput!) {\n    updateInventorySource(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateInventorySourceDocument,
    "\n  query InventorySources {\n    inventorySources {\n      id\n      name\n      kind\n      url\n      deviceCount\n      syncCron\n      syncTimeZone\n      nextSyncAt\n      lastSync {\n        id\n        status\n        finishedAt\n        createdAt\n      }\n    }\n  }\n": typeof types.InventorySourcesDocument,
    "\n  fragment SyncResultFields on InventorySync {\n    id\n    dryRun\n    status\n    readCount\n    errorCode\n    error\n    createdAt\n    finishedAt\n    durationMs\n    counts {\n      create\n      update\n      unchanged\n      disable\n      delete\n      keep\n      conflicts\n    }\n    created {\n      name\n      host\n      backupMethod\n      location\n    }\n    updated {\n      name\n      changes {\n        field\n        from\n        to\n      }\n    }\n    orphans {\n      name\n      action\n    }\n    conflicts {\n      sourceDeviceId\n      name\n      code\n      message\n    }\n  }\n": typeof types.SyncResultFieldsFragmentDoc,
    "\n  fragment RunTimestampUpdate on Run {\n    timestampUpdate {\n      updated\n      failed\n      errors {\n        device\n        message\n      }\n    }\n  }\n": typeof types.RunTimestampUpdateFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query LoggedIn {\n    me {\n      id\n    }\n  }\n": typeof types.LoggedInDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n    version\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    role\n  }\n": types.SessionUserFragmentDoc,
    "\n  subscription RunProgress($runId: ID!, $afterSeq: Int!) {\n    runProgress(runId: $runId, afterSeq: $afterSeq) {\n      seq\n      type\n      current\n      total\n      message\n      deviceId\n      deviceName\n      status\n      code\n      at\n      payload\n    }\n  }\n": types.RunProgressDocument,
    "\n  query BackupMethods {\n    backupMethods {\n      key\n      friendlyName\n      description\n      platform\n      artifacts\n      isBinary\n      transport\n      deviceCount\n      proof {\n        recordings {\n          source\n          model\n          description\n          checksSecrets\n        }\n        cases\n        labPersona\n        secretsCorpus\n      }\n    }\n  }\n": types.BackupMethodsDocument,
    "\n  fragment CredentialSetFormFields on CredentialSet {\n    id\n    name\n    username\n    hasPassword\n    hasEnableSecret\n    hasPrivateKey\n    hasPassphrase\n    hasApiKey\n    scope {\n      hosts\n      tags\n      ports\n    }\n  }\n": types.CredentialSetFormFieldsFragmentDoc,
    "\n  mutation CreateCredentialSet($input: CreateCredentialSetInput!) {\n    createCredentialSet(input: $input) {\n      id\n    }\n  }\n": types.CreateCredentialSetDocument,
    "\n  mutation UpdateCredentialSet($id: ID!, $input: UpdateCredentialSetInput!) {\n    updateCredentialSet(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateCredentialSetDocument,
    "\n  query CredentialSets {\n    credentialSets {\n      id\n      name\n      username\n      hasPassword\n      hasEnableSecret\n      hasPrivateKey\n      hasPassphrase\n      hasApiKey\n      scoped\n      scope {\n        hosts\n        tags\n        ports\n      }\n      deviceCount\n      devices {\n        id\n        name\n      }\n    }\n  }\n": types.CredentialSetsDocument,
    "\n  mutation DeleteCredentialSet($id: ID!) {\n    deleteCredentialSet(id: $id)\n  }\n": types.DeleteCredentialSetDocument,
    "\n  query EditCredentialSet($id: ID!) {\n    credentialSet(id: $id) {\n      name\n      ...CredentialSetFormFields\n    }\n  }\n": types.EditCredentialSetDocument,
    "\n  query Dashboard($staleHours: Int!) {\n    dashboard(staleHours: $staleHours) {\n      staleHours\n      deviceCount\n      backedUpLast24h\n      failedCount\n      staleCount\n      averageDurationMs\n      dailySuccess {\n        ...SuccessChartDay\n      }\n      activeRuns {\n        id\n        status\n        total\n        completed\n        createdAt\n        startedAt\n      }\n      failedRuns {\n        id\n        error\n        finishedAt\n      }\n      mostChangedDevices(first: 10) {\n        device {\n          id\n          name\n        }\n        changes\n        lastChangedAt\n      }\n    }\n    runs(first: 8) {\n      nodes {\n        ...RunTableRow\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  subscription RunUpdates($afterId: ID) {\n    runUpdates(afterId: $afterId) {\n      id\n      runId\n      type\n      current\n      total\n    }\n  }\n": types.RunUpdatesDocument,
    "\n  query RecentChanges($first: Int!) {\n    changes(first: $first) {\n      nodes {\n        id\n        artifact\n        at\n        addedLines\n        removedLines\n        previous {\n          id\n        }\n        device {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RecentChangesDocument,
    "\n  subscription RecentChangesAdded {\n    changesAdded {\n      id\n    }\n  }\n": types.RecentChangesAddedDocument,
    "\n  fragment SuccessChartDay on DailySuccess {\n    day\n    succeeded\n    failed\n    rate\n  }\n": types.SuccessChartDayFragmentDoc,
    "\n  query CompareBackups($fromId: ID!, $toId: ID!, $context: Int!, $keepOrder: Boolean!) {\n    diffBackups(fromId: $fromId, toId: $toId, context: $context, keepOrder: $keepOrder) {\n      unified\n      unchanged\n      fromLineCount\n      toLineCount\n      fromVolatileLines\n      toVolatileLines\n      from {\n        id\n        artifact\n        createdAt\n        device {\n          id\n          name\n        }\n      }\n      to {\n        id\n        artifact\n        createdAt\n        device {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CompareBackupsDocument,
    "\n  query CompareBackupContent($id: ID!) {\n    backupContent(id: $id) {\n      content\n    }\n  }\n": types.CompareBackupContentDocument,
    "\n  query CompareDeviceSearch($search: String) {\n    devices(first: 20, search: $search, sort: { field: NAME }) {\n      totalCount\n      nodes {\n        id\n        name\n        host\n      }\n    }\n  }\n": types.CompareDeviceSearchDocument,
    "\n  query ComparePickerDevice($id: ID!) {\n    device(id: $id) {\n      id\n      name\n    }\n    deviceArtifacts(deviceId: $id, textOnly: true)\n  }\n": types.ComparePickerDeviceDocument,
    "\n  query ComparePickerVersions($id: ID!, $artifact: String!) {\n    device(id: $id) {\n      id\n      backups(first: 200, artifact: $artifact, changedOnly: true) {\n        totalCount\n        nodes {\n          id\n          artifact\n          createdAt\n        }\n      }\n    }\n  }\n": types.ComparePickerVersionsDocument,
    "\n  query BackupContent($id: ID!, $revealSecrets: Boolean!) {\n    backupContent(id: $id, revealSecrets: $revealSecrets) {\n      content\n      lineCount\n      secretsRevealed\n      backup {\n        id\n        artifact\n        createdAt\n        size\n        sha256\n        downloadUrl\n        device {\n          id\n          name\n          keepSecrets\n        }\n      }\n    }\n  }\n": types.BackupContentDocument,
    "\n  query BackupNeighbourVersions($deviceId: ID!, $artifact: String!) {\n    device(id: $deviceId) {\n      id\n      versions(artifact: $artifact, first: 200) {\n        nodes {\n          id\n          previousId\n        }\n      }\n    }\n  }\n": types.BackupNeighbourVersionsDocument,
    "\n  fragment CredentialSetOption on CredentialSet {\n    id\n    name\n    username\n    scope {\n      hosts\n      tags\n      ports\n    }\n  }\n": types.CredentialSetOptionFragmentDoc,
    "\n  mutation DetectPlatform($input: DetectPlatformInput!) {\n    detectPlatform(input: $input) {\n      ok\n      code\n      message\n      elapsedMs\n      detection {\n        recognised\n        platform\n        backupMethod\n        evidence\n        reason\n      }\n    }\n  }\n": types.DetectPlatformDocument,
    "\n  query DeviceDetail($id: ID!) {\n    device(id: $id) {\n      id\n      name\n      host\n      port\n      backupMethod\n      backupMethodInfo {\n        friendlyName\n        transport\n      }\n      location\n      tags\n      enabled\n      lastBackupAt\n      lastSuccessAt\n      lastStatus\n      lastErrorCode\n      lastErrorMessage\n      retiredAt\n      lastChangedAt\n      savedState\n      prompt\n      hostKeyFingerprint\n      pendingHostKeyFingerprint\n      repository {\n        id\n        name\n      }\n      effectiveRepository {\n        isDefault\n        repository {\n          id\n          name\n        }\n      }\n      model\n      variables {\n        name\n        value\n      }\n      credentialSets {\n        name\n        scoped\n      }\n      source {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.DeviceDetailDocument,
    "\n  mutation BackupDevice($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n": types.BackupDeviceDocument,
    "\n  mutation AcceptHostKey($id: ID!) {\n    acceptHostKey(deviceId: $id) {\n      id\n    }\n  }\n": types.AcceptHostKeyDocument,
    "\n  query DeviceBackups($id: ID!, $first: Int!, $after: String) {\n    device(id: $id) {\n      id\n      backups(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          artifact\n          type\n          size\n          changed\n          initial\n          createdAt\n          sha256\n          downloadUrl\n          run {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.DeviceBackupsDocument,
    "\n  query DeviceRuns($deviceId: ID!) {\n    runs(first: 10, filter: { deviceId: $deviceId }) {\n      totalCount\n      nodes {\n        id\n        status\n        createdAt\n        startedAt\n        devices(deviceIds: [$deviceId]) {\n          device {\n            id\n          }\n          status\n          attempts\n          durationMs\n          errorCode\n          errorMessage\n          stages {\n            ...RunStageFields\n          }\n        }\n      }\n    }\n  }\n": types.DeviceRunsDocument,
    "\n  query BackupMethodNames {\n    backupMethods {\n      key\n      friendlyName\n    }\n  }\n": types.BackupMethodNamesDocument,
    "\n  fragment DeviceFormFields on Device {\n    id\n    name\n    host\n    port\n    backupMethod\n    location\n    tags\n    model\n    variables {\n      name\n      value\n    }\n    enabled\n    repository {\n      id\n    }\n    credentialSets {\n      id\n    }\n    sshProfile\n    keepSecrets\n    prompt\n    options\n    source {\n      name\n      syncedFields\n    }\n  }\n": types.DeviceFormFieldsFragmentDoc,
    "\n  query DeviceFormOptions {\n    backupMethods {\n      key\n      friendlyName\n      description\n      isBinary\n      optionFields {\n        name\n        kind\n        required\n        defaultValue\n        pattern\n      }\n    }\n    credentialSets {\n      ...CredentialSetOption\n    }\n    repositories {\n      id\n      name\n    }\n  }\n": types.DeviceFormOptionsDocument,
    "\n  mutation CreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      id\n    }\n  }\n": types.CreateDeviceDocument,
    "\n  mutation UpdateDevice($id: ID!, $input: UpdateDeviceInput!) {\n    updateDevice(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateDeviceDocument,
    "\n  query Devices($first: Int!, $offset: Int, $search: String, $filter: DeviceFilter, $sort: DeviceSort) {\n    devices(first: $first, offset: $offset, search: $search, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        repository {\n          id\n        }\n        ...DeviceTableRow\n      }\n    }\n  }\n": types.DevicesDocument,
    "\n  query DeviceBulkChoices {\n    repositories {\n      id\n      name\n    }\n    credentialSets {\n      id\n      name\n    }\n  }\n": types.DeviceBulkChoicesDocument,
    "\n  query MatchingDeviceIds($search: String, $filter: DeviceFilter) {\n    deviceIds(search: $search, filter: $filter)\n  }\n": types.MatchingDeviceIdsDocument,
    "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n": types.StartRunDocument,
    "\n  mutation DeleteDevice($id: ID!) {\n    deleteDevice(id: $id)\n  }\n": types.DeleteDeviceDocument,
    "\n  mutation BulkUpdateDevices($selection: DeviceSelectionInput!, $change: BulkDeviceChangeInput!) {\n    bulkUpdateDevices(selection: $selection, change: $change) {\n      count\n    }\n  }\n": types.BulkUpdateDevicesDocument,
    "\n  mutation BulkDeleteDevices($selection: DeviceSelectionInput!) {\n    bulkDeleteDevices(selection: $selection) {\n      count\n    }\n  }\n": types.BulkDeleteDevicesDocument,
    "\n  fragment DeviceTableRow on Device {\n    id\n    name\n    host\n    port\n    backupMethod\n    backupMethodInfo {\n      friendlyName\n      isBinary\n      platform\n    }\n    location\n    tags\n    model\n    effectiveRepository {\n      isDefault\n      repository {\n        id\n        name\n      }\n    }\n    enabled\n    lastBackupAt\n    lastStatus\n    lastErrorCode\n    lastErrorMessage\n    lastChangedAt\n    savedState\n    source {\n      id\n      name\n      kind\n    }\n  }\n": types.DeviceTableRowFragmentDoc,
    "\n  query EditDevice($id: ID!) {\n    device(id: $id) {\n      name\n      ...DeviceFormFields\n    }\n  }\n": types.EditDeviceDocument,
    "\n  mutation ImportDevices($csv: String!, $dryRun: Boolean!) {\n    importDevices(csv: $csv, dryRun: $dryRun) {\n      ok\n      dryRun\n      errors {\n        row\n        field\n        message\n      }\n      detections {\n        row\n        name\n        backupMethod\n        platform\n        message\n      }\n      devices {\n        name\n        host\n        port\n        backupMethod\n        location\n        tags\n        enabled\n      }\n    }\n  }\n": types.ImportDevicesDocument,
    "\n  mutation RetireDevice($id: ID!) {\n    retireDevice(id: $id) {\n      id\n      retiredAt\n    }\n  }\n": types.RetireDeviceDocument,
    "\n  mutation RestoreDevice($id: ID!) {\n    restoreDevice(id: $id) {\n      id\n      retiredAt\n    }\n  }\n": types.RestoreDeviceDocument,
    "\n  mutation TestDeviceConnection($id: ID!) {\n    testDeviceConnection(id: $id) {\n      ok\n      code\n      message\n      reached\n      authenticated\n      credentialSet\n      hostKeyFingerprint\n      hostKeyStatus\n      prompt\n      privileged\n      banner\n      elapsedMs\n      configuredPlatform\n      detection {\n        recognised\n        platform\n        backupMethod\n        evidence\n        reason\n        candidates\n        answers\n      }\n    }\n  }\n": types.TestDeviceConnectionDocument,
    "\n  query DeviceVersions($id: ID!, $first: Int!, $after: String, $artifact: String) {\n    deviceArtifacts(deviceId: $id)\n    device(id: $id) {\n      id\n      versions(first: $first, after: $after, artifact: $artifact) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          artifact\n          change\n          firstSeenAt\n          lastConfirmedAt\n          collections\n          addedLines\n          removedLines\n          previousId\n          backup {\n            id\n            type\n            sha256\n            downloadUrl\n            run {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DeviceVersionsDocument,
    "\n  query EditRepository($id: ID!) {\n    repository(id: $id) {\n      name\n      ...RepositoryFormFields\n    }\n  }\n": types.EditRepositoryDocument,
    "\n  fragment PathPreviewRepository on Repository {\n    id\n    name\n    pathTemplate\n    isDefault\n    effectiveDeviceCount\n  }\n": types.PathPreviewRepositoryFragmentDoc,
    "\n  query RepositoryDevices($repositoryId: ID) {\n    using: devices(first: 200, filter: { repositoryId: $repositoryId }) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n    all: devices(first: 200) {\n      nodes {\n        id\n        name\n        location\n        tags\n        variables {\n          name\n          value\n        }\n        backupMethod\n        backupMethodInfo {\n          artifacts\n        }\n      }\n    }\n  }\n": types.RepositoryDevicesDocument,
    "\n  fragment RepositoryFormFields on Repository {\n    id\n    name\n    kind\n    path\n    remoteUrl\n    hasRemoteToken\n    remoteCredentialSet {\n      id\n    }\n    signingCredentialSet {\n      id\n    }\n    branch\n    pathTemplate\n    authorName\n    authorEmail\n  }\n": types.RepositoryFormFieldsFragmentDoc,
    "\n  query RepositoryKeyOptions {\n    credentialSets {\n      id\n      name\n      username\n      hasPrivateKey\n    }\n  }\n": types.RepositoryKeyOptionsDocument,
    "\n  mutation CreateRepository($input: CreateRepositoryInput!) {\n    createRepository(input: $input) {\n      id\n    }\n  }\n": types.CreateRepositoryDocument,
    "\n  mutation UpdateRepository($id: ID!, $input: UpdateRepositoryInput!) {\n    updateRepository(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateRepositoryDocument,
    "\n  query Repositories {\n    repositories {\n      id\n      name\n      kind\n      path\n      remoteUrl\n      hasRemoteToken\n      remoteCredentialSet {\n        name\n      }\n      remoteHostKeyFingerprint\n      pendingRemoteHostKeyFingerprint\n      signingCredentialSet {\n        name\n      }\n      divergence {\n        localCommit\n        remoteCommit\n        at\n      }\n      branch\n      pathTemplate\n      deviceCount\n      isDefault\n      effectiveDeviceCount\n      ...PathPreviewRepository\n    }\n  }\n": types.RepositoriesDocument,
    "\n  query TestRepository($id: ID!) {\n    testRepository(id: $id) {\n      ok\n      messages\n    }\n  }\n": types.TestRepositoryDocument,
    "\n  mutation AcceptRemoteHostKey($id: ID!) {\n    acceptRemoteHostKey(id: $id) {\n      id\n    }\n  }\n": types.AcceptRemoteHostKeyDocument,
    "\n  mutation DeleteRepository($id: ID!) {\n    deleteRepository(id: $id)\n  }\n": types.DeleteRepositoryDocument,
    "\n  query RepositoryRetention($id: ID!) {\n    repository(id: $id) {\n      id\n      kind\n      retentionPolicies {\n        id\n        deviceTag\n        keepAllDays\n        keepDailyDays\n        keepWeeklyWeeks\n        keepMonthlyMonths\n        enabled\n        updatedAt\n      }\n    }\n  }\n": types.RepositoryRetentionDocument,
    "\n  mutation SetRetentionPolicy($input: RetentionPolicyInput!) {\n    setRetentionPolicy(input: $input) {\n      id\n    }\n  }\n": types.SetRetentionPolicyDocument,
    "\n  mutation DeleteRetentionPolicy($id: ID!) {\n    deleteRetentionPolicy(id: $id)\n  }\n": types.DeleteRetentionPolicyDocument,
    "\n  fragment RetentionOutcomeFields on RetentionResult {\n    dryRun\n    asOf\n    backupCount\n    removeCount\n    fileCount\n    removals(first: 100) {\n      backupId\n      device\n      artifact\n      createdAt\n      path\n    }\n    files(first: 100) {\n      path\n      version\n    }\n  }\n": types.RetentionOutcomeFieldsFragmentDoc,
    "\n  mutation ApplyRetention($repositoryId: ID!, $dryRun: Boolean!) {\n    applyRetention(repositoryId: $repositoryId, dryRun: $dryRun) {\n      ...RetentionOutcomeFields\n    }\n  }\n": types.ApplyRetentionDocument,
    "\n  query RunChanges($runId: ID!, $first: Int!) {\n    changes(first: $first, filter: { runId: $runId, includeInitial: true }) {\n      totalCount\n      nodes {\n        id\n        artifact\n        change\n        at\n        addedLines\n        removedLines\n        backup {\n          type\n        }\n        previous {\n          id\n        }\n        device {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RunChangesDocument,
    "\n  query RunChangeDiff($fromId: ID!, $toId: ID!) {\n    diffBackups(fromId: $fromId, toId: $toId) {\n      unified\n    }\n  }\n": types.RunChangeDiffDocument,
    "\n  fragment RunStageFields on RunStage {\n    stage\n    status\n    attempt\n    code\n    message\n    artifact\n    at\n  }\n": types.RunStageFieldsFragmentDoc,
    "\n  fragment RunResultSummary on RunResult {\n    backedUpCount\n    changedCount\n    unchangedCount\n    failedCount\n    gitStatus\n    commitDate\n    gitCommitStatus {\n      sha\n      filesChanged\n      pushed\n      pushError\n    }\n  }\n": types.RunResultSummaryFragmentDoc,
    "\n  query Run($id: ID!, $status: [RunDeviceStatus!]) {\n    run(id: $id) {\n      id\n      status\n      trigger\n      total\n      completed\n      changedArtifacts\n      initialArtifacts\n      succeededCount\n      failedCount\n      notStoredCount\n      storeAttempts\n      createdAt\n      startedAt\n      finishedAt\n      durationMs\n      requestedBy {\n        username\n      }\n      schedule {\n        id\n        name\n      }\n      selection\n      repository {\n        name\n      }\n      mode\n      concurrency\n      maxAttempts\n      error\n      devices(status: $status, failedFirst: true) {\n        id\n        deviceName\n        device {\n          id\n        }\n        status\n        attempts\n        startedAt\n        durationMs\n        errorCode\n        errorMessage\n        stages {\n          ...RunStageFields\n        }\n      }\n      result {\n        ...RunResultSummary\n      }\n      ...RunTimestampUpdate\n    }\n  }\n": types.RunDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n    }\n  }\n": types.CancelRunDocument,
    "\n  mutation RetryFailedDevices($runId: ID!) {\n    retryFailedDevices(runId: $runId) {\n      id\n    }\n  }\n": types.RetryFailedDevicesDocument,
    "\n  mutation RetryStore($runId: ID!) {\n    retryStore(runId: $runId) {\n      id\n    }\n  }\n": types.RetryStoreDocument,
    "\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RunTableRow\n      }\n    }\n  }\n": types.RunsDocument,
    "\n  fragment RunTableRow on Run {\n    id\n    status\n    trigger\n    total\n    completed\n    succeededCount\n    failedCount\n    createdAt\n    startedAt\n    durationMs\n    changedArtifacts\n    initialArtifacts\n    requestedBy {\n      username\n    }\n    selection\n    schedule {\n      name\n    }\n  }\n": types.RunTableRowFragmentDoc,
    "\n  query EditSchedule($id: ID!) {\n    schedule(id: $id) {\n      name\n      ...ScheduleFormFields\n    }\n  }\n": types.EditScheduleDocument,
    "\n  fragment ScheduleFormFields on Schedule {\n    id\n    name\n    cron\n    timeZone\n    enabled\n    mode\n    concurrency\n    selection\n    repository {\n      id\n    }\n  }\n": types.ScheduleFormFieldsFragmentDoc,
    "\n  query ScheduleFormOptions {\n    repositories {\n      id\n      name\n    }\n    backupMethods {\n      key\n      friendlyName\n    }\n  }\n": types.ScheduleFormOptionsDocument,
    "\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) {\n      id\n    }\n  }\n": types.CreateScheduleDocument,
    "\n  mutation UpdateSchedule($id: ID!, $input: UpdateScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateScheduleDocument,
    "\n  query SelectionDeviceCount($selection: RunSelectionInput!) {\n    selectionDeviceCount(selection: $selection)\n  }\n": types.SelectionDeviceCountDocument,
    "\n  query PreviewSchedule($cron: String!, $timeZone: String!) {\n    previewSchedule(cron: $cron, timeZone: $timeZone, count: 5) {\n      description\n      nextRuns\n      timeZone\n    }\n  }\n": types.PreviewScheduleDocument,
    "\n  query Schedules {\n    schedules {\n      id\n      name\n      cron\n      description\n      timeZone\n      enabled\n      selection\n      deviceCount\n      nextRuns(count: 1)\n      lastRun {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n": types.SchedulesDocument,
    "\n  mutation ToggleSchedule($id: ID!, $input: UpdateScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ToggleScheduleDocument,
    "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n": types.DeleteScheduleDocument,
    "\n  query ConfigSearch(\n    $query: String!\n    $regex: Boolean\n    $caseSensitive: Boolean\n    $context: Int\n    $filter: ConfigSearchFilter\n    $scope: ConfigSearchScope\n    $since: DateTime\n    $until: DateTime\n    $invert: Boolean\n    $after: String\n  ) {\n    configSearch(\n      query: $query\n      regex: $regex\n      caseSensitive: $caseSensitive\n      context: $context\n      filter: $filter\n      scope: $scope\n      since: $since\n      until: $until\n      invert: $invert\n      # The page size is fixed here, within the API's limits: 25 devices of 10 versions of 100 lines.\n      first: 25\n      after: $after\n    ) {\n      totalCount\n      searchedDevices\n      searchedVersions\n      pendingVersions\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SearchResultDevice\n      }\n    }\n  }\n": types.ConfigSearchDocument,
    "\n  query SearchPlatforms {\n    backupMethods {\n      key\n      platform\n      isBinary\n    }\n  }\n": types.SearchPlatformsDocument,
    "\n  fragment SearchResultDevice on ConfigSearchDevice {\n    device {\n      id\n      name\n      location\n      backupMethod\n    }\n    versionCount\n    versions {\n      backup {\n        id\n        artifact\n        createdAt\n      }\n      matched\n      matchCount\n      truncated\n      lines(first: 100) {\n        number\n        text\n        isMatch\n        highlights\n      }\n    }\n  }\n": types.SearchResultDeviceFragmentDoc,
    "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      id\n    }\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      user {\n        username\n      }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorName\n        actorType\n        targetType\n        targetId\n        targetName\n        targetExists\n        details\n        createdAt\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditFacets {\n    auditFacets {\n      actors\n      actions\n      targetTypes\n    }\n  }\n": types.AuditFacetsDocument,
    "\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      id\n    }\n  }\n": types.CreateNotificationChannelDocument,
    "\n  mutation UpdateNotificationChannel($id: ID!, $input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateNotificationChannelDocument,
    "\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n": types.DeleteNotificationChannelDocument,
    "\n  mutation SendTestNotification($channelId: ID!) {\n    sendTestNotification(channelId: $channelId) {\n      id\n    }\n  }\n": types.SendTestNotificationDocument,
    "\n  query NotificationDeliveries($statuses: [NotificationDeliveryStatus!]) {\n    notificationDeliveries(first: 50, statuses: $statuses) {\n      totalCount\n      nodes {\n        id\n        event\n        title\n        status\n        attempts\n        maxAttempts\n        lastError\n        nextAttemptAt\n        sentAt\n        createdAt\n        channel {\n          name\n        }\n        rule {\n          name\n        }\n      }\n    }\n  }\n": types.NotificationDeliveriesDocument,
    "\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      id\n    }\n  }\n": types.RetryDeliveryDocument,
    "\n  query NotificationChannels {\n    notificationChannels {\n      id\n      name\n      kind\n      enabled\n      target\n      hasSigningSecret\n      email {\n        host\n        port\n        security\n        username\n        hasPassword\n        from\n        to\n        caCertificate\n      }\n    }\n  }\n": types.NotificationChannelsDocument,
    "\n  query NotificationRules {\n    notificationRules {\n      id\n      name\n      enabled\n      events\n      failedRuns\n      staleHours\n      runStatuses\n      filter {\n        tags\n        locations\n        platforms\n        deviceIds\n      }\n      quietHours {\n        start\n        end\n        timeZone\n      }\n      channels {\n        id\n        name\n      }\n    }\n  }\n": types.NotificationRulesDocument,
    "\n  mutation CreateNotificationRule($input: CreateNotificationRuleInput!) {\n    createNotificationRule(input: $input) {\n      id\n    }\n  }\n": types.CreateNotificationRuleDocument,
    "\n  mutation UpdateNotificationRule($id: ID!, $input: UpdateNotificationRuleInput!) {\n    updateNotificationRule(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateNotificationRuleDocument,
    "\n  mutation DeleteNotificationRule($id: ID!) {\n    deleteNotificationRule(id: $id)\n  }\n": types.DeleteNotificationRuleDocument,
    "\n  query Users {\n    users {\n      id\n      username\n      role\n      createdAt\n    }\n  }\n": types.UsersDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": types.DeleteUserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.CreateUserDocument,
    "\n  query EditInventorySource($id: ID!) {\n    inventorySource(id: $id) {\n      name\n      ...SourceFormFields\n    }\n  }\n": types.EditInventorySourceDocument,
    "\n  query InventorySource($id: ID!) {\n    inventorySource(id: $id) {\n      id\n      name\n      kind\n      url\n      verifyTls\n      filter\n      orphanPolicy\n      writeBackField\n      variableFields\n      syncCron\n      syncTimeZone\n      deviceCount\n      credentialSet {\n        name\n      }\n      lastSync {\n        id\n        ...SyncResultFields\n      }\n    }\n  }\n": types.InventorySourceDocument,
    "\n  query InventorySyncProgress($id: ID!) {\n    inventorySync(id: $id) {\n      id\n      status\n      ...SyncResultFields\n    }\n  }\n": types.InventorySyncProgressDocument,
    "\n  mutation TestInventorySource($id: ID!) {\n    testInventorySource(id: $id) {\n      ok\n      version\n      code\n      message\n    }\n  }\n": types.TestInventorySourceDocument,
    "\n  mutation PreviewInventorySync($id: ID!) {\n    previewInventorySync(sourceId: $id) {\n      id\n    }\n  }\n": types.PreviewInventorySyncDocument,
    "\n  mutation SyncInventorySource($id: ID!) {\n    syncInventorySource(sourceId: $id) {\n      id\n    }\n  }\n": types.SyncInventorySourceDocument,
    "\n  mutation DeleteInventorySource($id: ID!) {\n    deleteInventorySource(id: $id)\n  }\n": types.DeleteInventorySourceDocument,
    "\n  fragment SourceFormFields on InventorySource {\n    id\n    name\n    kind\n    url\n    verifyTls\n    caBundle\n    filter\n    platformMap\n    locationField\n    tagFields\n    portField\n    variableFields\n    credentialSetField\n    credentialSet {\n      id\n    }\n    repository {\n      id\n    }\n    orphanPolicy\n    writeBackField\n    writeBackFormat\n    syncCron\n    syncTimeZone\n  }\n": types.SourceFormFieldsFragmentDoc,
    "\n  query SourceFormOptions {\n    credentialSets {\n      id\n      name\n    }\n    repositories {\n      id\n      name\n    }\n    inventoryPlatformDefaults {\n      slug\n      backupMethod\n    }\n  }\n": types.SourceFormOptionsDocument,
    "\n  mutation CreateInventorySource($input: CreateInventorySourceInput!) {\n    createInventorySource(input: $input) {\n      id\n    }\n  }\n": types.CreateInventorySourceDocument,
    "\n  mutation UpdateInventorySource($id: ID!, $input: UpdateInventorySourceInput!) {\n    updateInventorySource(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateInventorySourceDocument,
    "\n  query InventorySources {\n    inventorySources {\n      id\n      name\n      kind\n      url\n      deviceCount\n      syncCron\n      syncTimeZone\n      nextSyncAt\n      lastSync {\n        id\n        status\n        finishedAt\n        createdAt\n      }\n    }\n  }\n": types.InventorySourcesDocument,
    "\n  fragment SyncResultFields on InventorySync {\n    id\n    dryRun\n    status\n    readCount\n    errorCode\n    error\n    createdAt\n    finishedAt\n    durationMs\n    counts {\n      create\n      update\n      unchanged\n      disable\n      delete\n      keep\n      conflicts\n    }\n    created {\n      name\n      host\n      backupMethod\n      location\n    }\n    updated {\n      name\n      changes {\n        field\n        from\n        to\n      }\n    }\n    orphans {\n      name\n      action\n    }\n    conflicts {\n      sourceDeviceId\n      name\n      code\n      message\n    }\n  }\n": types.SyncResultFieldsFragmentDoc,
    "\n  fragment RunTimestampUpdate on Run {\n    timestampUpdate {\n      updated\n      failed\n      errors {\n        device\n        message\n      }\n    }\n  }\n": types.RunTimestampUpdateFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n": types.LoginDocument,
    "\n  query LoggedIn {\n    me {\n      id\n    }\n  }\n": types.LoggedInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n    version\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    username\n    role\n  }\n"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunProgress($runId: ID!, $afterSeq: Int!) {\n    runProgress(runId: $runId, afterSeq: $afterSeq) {\n      seq\n      type\n      current\n      total\n      message\n      deviceId\n      deviceName\n      status\n      code\n      at\n      payload\n    }\n  }\n"): typeof import('./graphql').RunProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupMethods {\n    backupMethods {\n      key\n      friendlyName\n      description\n      platform\n      artifacts\n      isBinary\n      transport\n      deviceCount\n      proof {\n        recordings {\n          source\n          model\n          description\n          checksSecrets\n        }\n        cases\n        labPersona\n        secretsCorpus\n      }\n    }\n  }\n"): typeof import('./graphql').BackupMethodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CredentialSetFormFields on CredentialSet {\n    id\n    name\n    username\n    hasPassword\n    hasEnableSecret\n    hasPrivateKey\n    hasPassphrase\n    hasApiKey\n    scope {\n      hosts\n      tags\n      ports\n    }\n  }\n"): typeof import('./graphql').CredentialSetFormFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCredentialSet($input: CreateCredentialSetInput!) {\n    createCredentialSet(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCredentialSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCredentialSet($id: ID!, $input: UpdateCredentialSetInput!) {\n    updateCredentialSet(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateCredentialSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CredentialSets {\n    credentialSets {\n      id\n      name\n      username\n      hasPassword\n      hasEnableSecret\n      hasPrivateKey\n      hasPassphrase\n      hasApiKey\n      scoped\n      scope {\n        hosts\n        tags\n        ports\n      }\n      deviceCount\n      devices {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CredentialSetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCredentialSet($id: ID!) {\n    deleteCredentialSet(id: $id)\n  }\n"): typeof import('./graphql').DeleteCredentialSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditCredentialSet($id: ID!) {\n    credentialSet(id: $id) {\n      name\n      ...CredentialSetFormFields\n    }\n  }\n"): typeof import('./graphql').EditCredentialSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($staleHours: Int!) {\n    dashboard(staleHours: $staleHours) {\n      staleHours\n      deviceCount\n      backedUpLast24h\n      failedCount\n      staleCount\n      averageDurationMs\n      dailySuccess {\n        ...SuccessChartDay\n      }\n      activeRuns {\n        id\n        status\n        total\n        completed\n        createdAt\n        startedAt\n      }\n      failedRuns {\n        id\n        error\n        finishedAt\n      }\n      mostChangedDevices(first: 10) {\n        device {\n          id\n          name\n        }\n        changes\n        lastChangedAt\n      }\n    }\n    runs(first: 8) {\n      nodes {\n        ...RunTableRow\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunUpdates($afterId: ID) {\n    runUpdates(afterId: $afterId) {\n      id\n      runId\n      type\n      current\n      total\n    }\n  }\n"): typeof import('./graphql').RunUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentChanges($first: Int!) {\n    changes(first: $first) {\n      nodes {\n        id\n        artifact\n        at\n        addedLines\n        removedLines\n        previous {\n          id\n        }\n        device {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RecentChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RecentChangesAdded {\n    changesAdded {\n      id\n    }\n  }\n"): typeof import('./graphql').RecentChangesAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuccessChartDay on DailySuccess {\n    day\n    succeeded\n    failed\n    rate\n  }\n"): typeof import('./graphql').SuccessChartDayFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareBackups($fromId: ID!, $toId: ID!, $context: Int!, $keepOrder: Boolean!) {\n    diffBackups(fromId: $fromId, toId: $toId, context: $context, keepOrder: $keepOrder) {\n      unified\n      unchanged\n      fromLineCount\n      toLineCount\n      fromVolatileLines\n      toVolatileLines\n      from {\n        id\n        artifact\n        createdAt\n        device {\n          id\n          name\n        }\n      }\n      to {\n        id\n        artifact\n        createdAt\n        device {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompareBackupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareBackupContent($id: ID!) {\n    backupContent(id: $id) {\n      content\n    }\n  }\n"): typeof import('./graphql').CompareBackupContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareDeviceSearch($search: String) {\n    devices(first: 20, search: $search, sort: { field: NAME }) {\n      totalCount\n      nodes {\n        id\n        name\n        host\n      }\n    }\n  }\n"): typeof import('./graphql').CompareDeviceSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparePickerDevice($id: ID!) {\n    device(id: $id) {\n      id\n      name\n    }\n    deviceArtifacts(deviceId: $id, textOnly: true)\n  }\n"): typeof import('./graphql').ComparePickerDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparePickerVersions($id: ID!, $artifact: String!) {\n    device(id: $id) {\n      id\n      backups(first: 200, artifact: $artifact, changedOnly: true) {\n        totalCount\n        nodes {\n          id\n          artifact\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ComparePickerVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupContent($id: ID!, $revealSecrets: Boolean!) {\n    backupContent(id: $id, revealSecrets: $revealSecrets) {\n      content\n      lineCount\n      secretsRevealed\n      backup {\n        id\n        artifact\n        createdAt\n        size\n        sha256\n        downloadUrl\n        device {\n          id\n          name\n          keepSecrets\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BackupContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupNeighbourVersions($deviceId: ID!, $artifact: String!) {\n    device(id: $deviceId) {\n      id\n      versions(artifact: $artifact, first: 200) {\n        nodes {\n          id\n          previousId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BackupNeighbourVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CredentialSetOption on CredentialSet {\n    id\n    name\n    username\n    scope {\n      hosts\n      tags\n      ports\n    }\n  }\n"): typeof import('./graphql').CredentialSetOptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetectPlatform($input: DetectPlatformInput!) {\n    detectPlatform(input: $input) {\n      ok\n      code\n      message\n      elapsedMs\n      detection {\n        recognised\n        platform\n        backupMethod\n        evidence\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').DetectPlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceDetail($id: ID!) {\n    device(id: $id) {\n      id\n      name\n      host\n      port\n      backupMethod\n      backupMethodInfo {\n        friendlyName\n        transport\n      }\n      location\n      tags\n      enabled\n      lastBackupAt\n      lastSuccessAt\n      lastStatus\n      lastErrorCode\n      lastErrorMessage\n      retiredAt\n      lastChangedAt\n      savedState\n      prompt\n      hostKeyFingerprint\n      pendingHostKeyFingerprint\n      repository {\n        id\n        name\n      }\n      effectiveRepository {\n        isDefault\n        repository {\n          id\n          name\n        }\n      }\n      model\n      variables {\n        name\n        value\n      }\n      credentialSets {\n        name\n        scoped\n      }\n      source {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').DeviceDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackupDevice($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BackupDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptHostKey($id: ID!) {\n    acceptHostKey(deviceId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptHostKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceBackups($id: ID!, $first: Int!, $after: String) {\n    device(id: $id) {\n      id\n      backups(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          artifact\n          type\n          size\n          changed\n          initial\n          createdAt\n          sha256\n          downloadUrl\n          run {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeviceBackupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceRuns($deviceId: ID!) {\n    runs(first: 10, filter: { deviceId: $deviceId }) {\n      totalCount\n      nodes {\n        id\n        status\n        createdAt\n        startedAt\n        devices(deviceIds: [$deviceId]) {\n          device {\n            id\n          }\n          status\n          attempts\n          durationMs\n          errorCode\n          errorMessage\n          stages {\n            ...RunStageFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeviceRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupMethodNames {\n    backupMethods {\n      key\n      friendlyName\n    }\n  }\n"): typeof import('./graphql').BackupMethodNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeviceFormFields on Device {\n    id\n    name\n    host\n    port\n    backupMethod\n    location\n    tags\n    model\n    variables {\n      name\n      value\n    }\n    enabled\n    repository {\n      id\n    }\n    credentialSets {\n      id\n    }\n    sshProfile\n    keepSecrets\n    prompt\n    options\n    source {\n      name\n      syncedFields\n    }\n  }\n"): typeof import('./graphql').DeviceFormFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceFormOptions {\n    backupMethods {\n      key\n      friendlyName\n      description\n      isBinary\n      optionFields {\n        name\n        kind\n        required\n        defaultValue\n        pattern\n      }\n    }\n    credentialSets {\n      ...CredentialSetOption\n    }\n    repositories {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DeviceFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDevice($id: ID!, $input: UpdateDeviceInput!) {\n    updateDevice(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Devices($first: Int!, $offset: Int, $search: String, $filter: DeviceFilter, $sort: DeviceSort) {\n    devices(first: $first, offset: $offset, search: $search, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        repository {\n          id\n        }\n        ...DeviceTableRow\n      }\n    }\n  }\n"): typeof import('./graphql').DevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceBulkChoices {\n    repositories {\n      id\n      name\n    }\n    credentialSets {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DeviceBulkChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingDeviceIds($search: String, $filter: DeviceFilter) {\n    deviceIds(search: $search, filter: $filter)\n  }\n"): typeof import('./graphql').MatchingDeviceIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDevice($id: ID!) {\n    deleteDevice(id: $id)\n  }\n"): typeof import('./graphql').DeleteDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateDevices($selection: DeviceSelectionInput!, $change: BulkDeviceChangeInput!) {\n    bulkUpdateDevices(selection: $selection, change: $change) {\n      count\n    }\n  }\n"): typeof import('./graphql').BulkUpdateDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkDeleteDevices($selection: DeviceSelectionInput!) {\n    bulkDeleteDevices(selection: $selection) {\n      count\n    }\n  }\n"): typeof import('./graphql').BulkDeleteDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeviceTableRow on Device {\n    id\n    name\n    host\n    port\n    backupMethod\n    backupMethodInfo {\n      friendlyName\n      isBinary\n      platform\n    }\n    location\n    tags\n    model\n    effectiveRepository {\n      isDefault\n      repository {\n        id\n        name\n      }\n    }\n    enabled\n    lastBackupAt\n    lastStatus\n    lastErrorCode\n    lastErrorMessage\n    lastChangedAt\n    savedState\n    source {\n      id\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').DeviceTableRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditDevice($id: ID!) {\n    device(id: $id) {\n      name\n      ...DeviceFormFields\n    }\n  }\n"): typeof import('./graphql').EditDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDevices($csv: String!, $dryRun: Boolean!) {\n    importDevices(csv: $csv, dryRun: $dryRun) {\n      ok\n      dryRun\n      errors {\n        row\n        field\n        message\n      }\n      detections {\n        row\n        name\n        backupMethod\n        platform\n        message\n      }\n      devices {\n        name\n        host\n        port\n        backupMethod\n        location\n        tags\n        enabled\n      }\n    }\n  }\n"): typeof import('./graphql').ImportDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireDevice($id: ID!) {\n    retireDevice(id: $id) {\n      id\n      retiredAt\n    }\n  }\n"): typeof import('./graphql').RetireDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDevice($id: ID!) {\n    restoreDevice(id: $id) {\n      id\n      retiredAt\n    }\n  }\n"): typeof import('./graphql').RestoreDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDeviceConnection($id: ID!) {\n    testDeviceConnection(id: $id) {\n      ok\n      code\n      message\n      reached\n      authenticated\n      credentialSet\n      hostKeyFingerprint\n      hostKeyStatus\n      prompt\n      privileged\n      banner\n      elapsedMs\n      configuredPlatform\n      detection {\n        recognised\n        platform\n        backupMethod\n        evidence\n        reason\n        candidates\n        answers\n      }\n    }\n  }\n"): typeof import('./graphql').TestDeviceConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceVersions($id: ID!, $first: Int!, $after: String, $artifact: String) {\n    deviceArtifacts(deviceId: $id)\n    device(id: $id) {\n      id\n      versions(first: $first, after: $after, artifact: $artifact) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          artifact\n          change\n          firstSeenAt\n          lastConfirmedAt\n          collections\n          addedLines\n          removedLines\n          previousId\n          backup {\n            id\n            type\n            sha256\n            downloadUrl\n            run {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeviceVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditRepository($id: ID!) {\n    repository(id: $id) {\n      name\n      ...RepositoryFormFields\n    }\n  }\n"): typeof import('./graphql').EditRepositoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathPreviewRepository on Repository {\n    id\n    name\n    pathTemplate\n    isDefault\n    effectiveDeviceCount\n  }\n"): typeof import('./graphql').PathPreviewRepositoryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepositoryDevices($repositoryId: ID) {\n    using: devices(first: 200, filter: { repositoryId: $repositoryId }) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n    all: devices(first: 200) {\n      nodes {\n        id\n        name\n        location\n        tags\n        variables {\n          name\n          value\n        }\n        backupMethod\n        backupMethodInfo {\n          artifacts\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RepositoryDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepositoryFormFields on Repository {\n    id\n    name\n    kind\n    path\n    remoteUrl\n    hasRemoteToken\n    remoteCredentialSet {\n      id\n    }\n    signingCredentialSet {\n      id\n    }\n    branch\n    pathTemplate\n    authorName\n    authorEmail\n  }\n"): typeof import('./graphql').RepositoryFormFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepositoryKeyOptions {\n    credentialSets {\n      id\n      name\n      username\n      hasPrivateKey\n    }\n  }\n"): typeof import('./graphql').RepositoryKeyOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRepository($input: CreateRepositoryInput!) {\n    createRepository(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateRepositoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRepository($id: ID!, $input: UpdateRepositoryInput!) {\n    updateRepository(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateRepositoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Repositories {\n    repositories {\n      id\n      name\n      kind\n      path\n      remoteUrl\n      hasRemoteToken\n      remoteCredentialSet {\n        name\n      }\n      remoteHostKeyFingerprint\n      pendingRemoteHostKeyFingerprint\n      signingCredentialSet {\n        name\n      }\n      divergence {\n        localCommit\n        remoteCommit\n        at\n      }\n      branch\n      pathTemplate\n      deviceCount\n      isDefault\n      effectiveDeviceCount\n      ...PathPreviewRepository\n    }\n  }\n"): typeof import('./graphql').RepositoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRepository($id: ID!) {\n    testRepository(id: $id) {\n      ok\n      messages\n    }\n  }\n"): typeof import('./graphql').TestRepositoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptRemoteHostKey($id: ID!) {\n    acceptRemoteHostKey(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptRemoteHostKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRepository($id: ID!) {\n    deleteRepository(id: $id)\n  }\n"): typeof import('./graphql').DeleteRepositoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepositoryRetention($id: ID!) {\n    repository(id: $id) {\n      id\n      kind\n      retentionPolicies {\n        id\n        deviceTag\n        keepAllDays\n        keepDailyDays\n        keepWeeklyWeeks\n        keepMonthlyMonths\n        enabled\n        updatedAt\n      }\n    }\n  }\n"): typeof import('./graphql').RepositoryRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRetentionPolicy($input: RetentionPolicyInput!) {\n    setRetentionPolicy(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetRetentionPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRetentionPolicy($id: ID!) {\n    deleteRetentionPolicy(id: $id)\n  }\n"): typeof import('./graphql').DeleteRetentionPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RetentionOutcomeFields on RetentionResult {\n    dryRun\n    asOf\n    backupCount\n    removeCount\n    fileCount\n    removals(first: 100) {\n      backupId\n      device\n      artifact\n      createdAt\n      path\n    }\n    files(first: 100) {\n      path\n      version\n    }\n  }\n"): typeof import('./graphql').RetentionOutcomeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyRetention($repositoryId: ID!, $dryRun: Boolean!) {\n    applyRetention(repositoryId: $repositoryId, dryRun: $dryRun) {\n      ...RetentionOutcomeFields\n    }\n  }\n"): typeof import('./graphql').ApplyRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunChanges($runId: ID!, $first: Int!) {\n    changes(first: $first, filter: { runId: $runId, includeInitial: true }) {\n      totalCount\n      nodes {\n        id\n        artifact\n        change\n        at\n        addedLines\n        removedLines\n        backup {\n          type\n        }\n        previous {\n          id\n        }\n        device {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RunChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunChangeDiff($fromId: ID!, $toId: ID!) {\n    diffBackups(fromId: $fromId, toId: $toId) {\n      unified\n    }\n  }\n"): typeof import('./graphql').RunChangeDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunStageFields on RunStage {\n    stage\n    status\n    attempt\n    code\n    message\n    artifact\n    at\n  }\n"): typeof import('./graphql').RunStageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunResultSummary on RunResult {\n    backedUpCount\n    changedCount\n    unchangedCount\n    failedCount\n    gitStatus\n    commitDate\n    gitCommitStatus {\n      sha\n      filesChanged\n      pushed\n      pushError\n    }\n  }\n"): typeof import('./graphql').RunResultSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Run($id: ID!, $status: [RunDeviceStatus!]) {\n    run(id: $id) {\n      id\n      status\n      trigger\n      total\n      completed\n      changedArtifacts\n      initialArtifacts\n      succeededCount\n      failedCount\n      notStoredCount\n      storeAttempts\n      createdAt\n      startedAt\n      finishedAt\n      durationMs\n      requestedBy {\n        username\n      }\n      schedule {\n        id\n        name\n      }\n      selection\n      repository {\n        name\n      }\n      mode\n      concurrency\n      maxAttempts\n      error\n      devices(status: $status, failedFirst: true) {\n        id\n        deviceName\n        device {\n          id\n        }\n        status\n        attempts\n        startedAt\n        durationMs\n        errorCode\n        errorMessage\n        stages {\n          ...RunStageFields\n        }\n      }\n      result {\n        ...RunResultSummary\n      }\n      ...RunTimestampUpdate\n    }\n  }\n"): typeof import('./graphql').RunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CancelRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailedDevices($runId: ID!) {\n    retryFailedDevices(runId: $runId) {\n      id\n    }\n  }\n"): typeof import('./graphql').RetryFailedDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryStore($runId: ID!) {\n    retryStore(runId: $runId) {\n      id\n    }\n  }\n"): typeof import('./graphql').RetryStoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RunTableRow\n      }\n    }\n  }\n"): typeof import('./graphql').RunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunTableRow on Run {\n    id\n    status\n    trigger\n    total\n    completed\n    succeededCount\n    failedCount\n    createdAt\n    startedAt\n    durationMs\n    changedArtifacts\n    initialArtifacts\n    requestedBy {\n      username\n    }\n    selection\n    schedule {\n      name\n    }\n  }\n"): typeof import('./graphql').RunTableRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditSchedule($id: ID!) {\n    schedule(id: $id) {\n      name\n      ...ScheduleFormFields\n    }\n  }\n"): typeof import('./graphql').EditScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleFormFields on Schedule {\n    id\n    name\n    cron\n    timeZone\n    enabled\n    mode\n    concurrency\n    selection\n    repository {\n      id\n    }\n  }\n"): typeof import('./graphql').ScheduleFormFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleFormOptions {\n    repositories {\n      id\n      name\n    }\n    backupMethods {\n      key\n      friendlyName\n    }\n  }\n"): typeof import('./graphql').ScheduleFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchedule($id: ID!, $input: UpdateScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelectionDeviceCount($selection: RunSelectionInput!) {\n    selectionDeviceCount(selection: $selection)\n  }\n"): typeof import('./graphql').SelectionDeviceCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSchedule($cron: String!, $timeZone: String!) {\n    previewSchedule(cron: $cron, timeZone: $timeZone, count: 5) {\n      description\n      nextRuns\n      timeZone\n    }\n  }\n"): typeof import('./graphql').PreviewScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schedules {\n    schedules {\n      id\n      name\n      cron\n      description\n      timeZone\n      enabled\n      selection\n      deviceCount\n      nextRuns(count: 1)\n      lastRun {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').SchedulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ToggleSchedule($id: ID!, $input: UpdateScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ToggleScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n"): typeof import('./graphql').DeleteScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigSearch(\n    $query: String!\n    $regex: Boolean\n    $caseSensitive: Boolean\n    $context: Int\n    $filter: ConfigSearchFilter\n    $scope: ConfigSearchScope\n    $since: DateTime\n    $until: DateTime\n    $invert: Boolean\n    $after: String\n  ) {\n    configSearch(\n      query: $query\n      regex: $regex\n      caseSensitive: $caseSensitive\n      context: $context\n      filter: $filter\n      scope: $scope\n      since: $since\n      until: $until\n      invert: $invert\n      # The page size is fixed here, within the API's limits: 25 devices of 10 versions of 100 lines.\n      first: 25\n      after: $after\n    ) {\n      totalCount\n      searchedDevices\n      searchedVersions\n      pendingVersions\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...SearchResultDevice\n      }\n    }\n  }\n"): typeof import('./graphql').ConfigSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPlatforms {\n    backupMethods {\n      key\n      platform\n      isBinary\n    }\n  }\n"): typeof import('./graphql').SearchPlatformsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchResultDevice on ConfigSearchDevice {\n    device {\n      id\n      name\n      location\n      backupMethod\n    }\n    versionCount\n    versions {\n      backup {\n        id\n        artifact\n        createdAt\n      }\n      matched\n      matchCount\n      truncated\n      lines(first: 100) {\n        number\n        text\n        isMatch\n        highlights\n      }\n    }\n  }\n"): typeof import('./graphql').SearchResultDeviceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ChangeOwnPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      user {\n        username\n      }\n    }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorName\n        actorType\n        targetType\n        targetId\n        targetName\n        targetExists\n        details\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFacets {\n    auditFacets {\n      actors\n      actions\n      targetTypes\n    }\n  }\n"): typeof import('./graphql').AuditFacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateNotificationChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationChannel($id: ID!, $input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n"): typeof import('./graphql').DeleteNotificationChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestNotification($channelId: ID!) {\n    sendTestNotification(channelId: $channelId) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendTestNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationDeliveries($statuses: [NotificationDeliveryStatus!]) {\n    notificationDeliveries(first: 50, statuses: $statuses) {\n      totalCount\n      nodes {\n        id\n        event\n        title\n        status\n        attempts\n        maxAttempts\n        lastError\n        nextAttemptAt\n        sentAt\n        createdAt\n        channel {\n          name\n        }\n        rule {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RetryDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationChannels {\n    notificationChannels {\n      id\n      name\n      kind\n      enabled\n      target\n      hasSigningSecret\n      email {\n        host\n        port\n        security\n        username\n        hasPassword\n        from\n        to\n        caCertificate\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationRules {\n    notificationRules {\n      id\n      name\n      enabled\n      events\n      failedRuns\n      staleHours\n      runStatuses\n      filter {\n        tags\n        locations\n        platforms\n        deviceIds\n      }\n      quietHours {\n        start\n        end\n        timeZone\n      }\n      channels {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNotificationRule($input: CreateNotificationRuleInput!) {\n    createNotificationRule(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateNotificationRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationRule($id: ID!, $input: UpdateNotificationRuleInput!) {\n    updateNotificationRule(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotificationRule($id: ID!) {\n    deleteNotificationRule(id: $id)\n  }\n"): typeof import('./graphql').DeleteNotificationRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      username\n      role\n      createdAt\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"): typeof import('./graphql').DeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditInventorySource($id: ID!) {\n    inventorySource(id: $id) {\n      name\n      ...SourceFormFields\n    }\n  }\n"): typeof import('./graphql').EditInventorySourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventorySource($id: ID!) {\n    inventorySource(id: $id) {\n      id\n      name\n      kind\n      url\n      verifyTls\n      filter\n      orphanPolicy\n      writeBackField\n      variableFields\n      syncCron\n      syncTimeZone\n      deviceCount\n      credentialSet {\n        name\n      }\n      lastSync {\n        id\n        ...SyncResultFields\n      }\n    }\n  }\n"): typeof import('./graphql').InventorySourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventorySyncProgress($id: ID!) {\n    inventorySync(id: $id) {\n      id\n      status\n      ...SyncResultFields\n    }\n  }\n"): typeof import('./graphql').InventorySyncProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInventorySource($id: ID!) {\n    testInventorySource(id: $id) {\n      ok\n      version\n      code\n      message\n    }\n  }\n"): typeof import('./graphql').TestInventorySourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewInventorySync($id: ID!) {\n    previewInventorySync(sourceId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PreviewInventorySyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncInventorySource($id: ID!) {\n    syncInventorySource(sourceId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').SyncInventorySourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInventorySource($id: ID!) {\n    deleteInventorySource(id: $id)\n  }\n"): typeof import('./graphql').DeleteInventorySourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceFormFields on InventorySource {\n    id\n    name\n    kind\n    url\n    verifyTls\n    caBundle\n    filter\n    platformMap\n    locationField\n    tagFields\n    portField\n    variableFields\n    credentialSetField\n    credentialSet {\n      id\n    }\n    repository {\n      id\n    }\n    orphanPolicy\n    writeBackField\n    writeBackFormat\n    syncCron\n    syncTimeZone\n  }\n"): typeof import('./graphql').SourceFormFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceFormOptions {\n    credentialSets {\n      id\n      name\n    }\n    repositories {\n      id\n      name\n    }\n    inventoryPlatformDefaults {\n      slug\n      backupMethod\n    }\n  }\n"): typeof import('./graphql').SourceFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInventorySource($input: CreateInventorySourceInput!) {\n    createInventorySource(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateInventorySourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInventorySource($id: ID!, $input: UpdateInventorySourceInput!) {\n    updateInventorySource(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateInventorySourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventorySources {\n    inventorySources {\n      id\n      name\n      kind\n      url\n      deviceCount\n      syncCron\n      syncTimeZone\n      nextSyncAt\n      lastSync {\n        id\n        status\n        finishedAt\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').InventorySourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SyncResultFields on InventorySync {\n    id\n    dryRun\n    status\n    readCount\n    errorCode\n    error\n    createdAt\n    finishedAt\n    durationMs\n    counts {\n      create\n      update\n      unchanged\n      disable\n      delete\n      keep\n      conflicts\n    }\n    created {\n      name\n      host\n      backupMethod\n      location\n    }\n    updated {\n      name\n      changes {\n        field\n        from\n        to\n      }\n    }\n    orphans {\n      name\n      action\n    }\n    conflicts {\n      sourceDeviceId\n      name\n      code\n      message\n    }\n  }\n"): typeof import('./graphql').SyncResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunTimestampUpdate on Run {\n    timestampUpdate {\n      updated\n      failed\n      errors {\n        device\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RunTimestampUpdateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoggedIn {\n    me {\n      id\n    }\n  }\n"): typeof import('./graphql').LoggedInDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
