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
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  subscription RunProgress($runId: ID!, $afterSeq: Int!) {\n    runProgress(runId: $runId, afterSeq: $afterSeq) {\n      seq\n      type\n      current\n      total\n      message\n      deviceId\n      deviceName\n      status\n      code\n      at\n    }\n  }\n": typeof types.RunProgressDocument,
    "\n  query BackupMethods {\n    backupMethods {\n      key\n      friendlyName\n      description\n      platform\n      artifacts\n      isBinary\n    }\n  }\n": typeof types.BackupMethodsDocument,
    "\n  fragment CredentialSetFormFields on CredentialSet {\n    id\n    name\n    username\n    hasPassword\n    hasEnableSecret\n    hasPrivateKey\n    hasPassphrase\n    scope {\n      hosts\n      tags\n      ports\n    }\n  }\n": typeof types.CredentialSetFormFieldsFragmentDoc,
    "\n  mutation CreateCredentialSet($input: CreateCredentialSetInput!) {\n    createCredentialSet(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCredentialSetDocument,
    "\n  mutation UpdateCredentialSet($id: ID!, $input: UpdateCredentialSetInput!) {\n    updateCredentialSet(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateCredentialSetDocument,
    "\n  query CredentialSets {\n    credentialSets {\n      id\n      name\n      username\n      hasPassword\n      hasEnableSecret\n      hasPrivateKey\n      hasPassphrase\n      scoped\n      scope {\n        hosts\n        tags\n        ports\n      }\n      deviceCount\n      devices {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CredentialSetsDocument,
    "\n  mutation DeleteCredentialSet($id: ID!) {\n    deleteCredentialSet(id: $id)\n  }\n": typeof types.DeleteCredentialSetDocument,
    "\n  query EditCredentialSet($id: ID!) {\n    credentialSet(id: $id) {\n      name\n      ...CredentialSetFormFields\n    }\n  }\n": typeof types.EditCredentialSetDocument,
    "\n  query Dashboard($staleHours: Int!) {\n    dashboard(staleHours: $staleHours) {\n      staleHours\n      deviceCount\n      backedUpLast24h\n      failedCount\n      staleCount\n      averageDurationMs\n      dailySuccess {\n        ...SuccessChartDay\n      }\n      activeRuns {\n        id\n        status\n        total\n        completed\n        createdAt\n        startedAt\n      }\n      failedRuns {\n        id\n        error\n        finishedAt\n      }\n      mostChangedDevices(first: 10) {\n        device {\n          id\n          name\n        }\n        changes\n        lastChangedAt\n      }\n    }\n    runs(first: 8) {\n      nodes {\n        ...RunTableRow\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  subscription RunUpdates($afterId: ID) {\n    runUpdates(afterId: $afterId) {\n      id\n      runId\n      type\n      current\n      total\n    }\n  }\n": typeof types.RunUpdatesDocument,
    "\n  fragment SuccessChartDay on DailySuccess {\n    day\n    succeeded\n    failed\n    rate\n  }\n": typeof types.SuccessChartDayFragmentDoc,
    "\n  query BackupContent($id: ID!) {\n    backupContent(id: $id) {\n      content\n      lineCount\n      backup {\n        id\n        artifact\n        createdAt\n        size\n        sha256\n        downloadUrl\n        device {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.BackupContentDocument,
    "\n  query DiffBackups($fromId: ID!, $toId: ID!, $context: Int!) {\n    diffBackups(fromId: $fromId, toId: $toId, context: $context) {\n      added\n      removed\n      unchanged\n      unified\n      from {\n        id\n        artifact\n        createdAt\n        device {\n          name\n        }\n      }\n      to {\n        id\n        artifact\n        createdAt\n      }\n    }\n  }\n": typeof types.DiffBackupsDocument,
    "\n  fragment CredentialSetOption on CredentialSet {\n    id\n    name\n    username\n    scope {\n      hosts\n      tags\n      ports\n    }\n  }\n": typeof types.CredentialSetOptionFragmentDoc,
    "\n  query DeviceDetail($id: ID!) {\n    device(id: $id) {\n      id\n      name\n      host\n      port\n      backupMethod\n      backupMethodInfo {\n        friendlyName\n      }\n      location\n      enabled\n      lastBackupAt\n      lastSuccessAt\n      lastStatus\n      lastErrorCode\n      lastErrorMessage\n      lastChangedAt\n      savedState\n      prompt\n      hostKeyFingerprint\n      pendingHostKeyFingerprint\n      repository {\n        id\n        name\n      }\n      credentialSets {\n        name\n        scoped\n      }\n    }\n  }\n": typeof types.DeviceDetailDocument,
    "\n  mutation BackupDevice($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n": typeof types.BackupDeviceDocument,
    "\n  mutation AcceptHostKey($id: ID!) {\n    acceptHostKey(deviceId: $id) {\n      id\n    }\n  }\n": typeof types.AcceptHostKeyDocument,
    "\n  query DeviceBackups($id: ID!, $first: Int!, $after: String) {\n    device(id: $id) {\n      id\n      backups(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          artifact\n          type\n          size\n          changed\n          createdAt\n          sha256\n          downloadUrl\n          run {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeviceBackupsDocument,
    "\n  query DeviceRuns($deviceId: ID!) {\n    runs(first: 10, filter: { deviceId: $deviceId }) {\n      totalCount\n      nodes {\n        id\n        status\n        createdAt\n        startedAt\n        devices(deviceIds: [$deviceId]) {\n          device {\n            id\n          }\n          status\n          attempts\n          durationMs\n          errorCode\n          errorMessage\n          stages {\n            ...RunStageFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeviceRunsDocument,
    "\n  query BackupMethodNames {\n    backupMethods {\n      key\n      friendlyName\n    }\n  }\n": typeof types.BackupMethodNamesDocument,
    "\n  fragment DeviceFormFields on Device {\n    id\n    name\n    host\n    port\n    backupMethod\n    location\n    tags\n    enabled\n    repository {\n      id\n    }\n    credentialSets {\n      id\n    }\n    sshProfile\n    keepSecrets\n    prompt\n  }\n": typeof types.DeviceFormFieldsFragmentDoc,
    "\n  query DeviceFormOptions {\n    backupMethods {\n      key\n      friendlyName\n      description\n      isBinary\n    }\n    credentialSets {\n      ...CredentialSetOption\n    }\n    repositories {\n      id\n      name\n    }\n  }\n": typeof types.DeviceFormOptionsDocument,
    "\n  mutation CreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDeviceDocument,
    "\n  mutation UpdateDevice($id: ID!, $input: UpdateDeviceInput!) {\n    updateDevice(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateDeviceDocument,
    "\n  query Devices($first: Int!, $after: String, $search: String, $filter: DeviceFilter, $sort: DeviceSort) {\n    devices(first: $first, after: $after, search: $search, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        repository {\n          id\n        }\n        ...DeviceTableRow\n      }\n    }\n  }\n": typeof types.DevicesDocument,
    "\n  query RunRepositories {\n    repositories {\n      id\n      name\n    }\n  }\n": typeof types.RunRepositoriesDocument,
    "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n": typeof types.StartRunDocument,
    "\n  mutation DeleteDevice($id: ID!) {\n    deleteDevice(id: $id)\n  }\n": typeof types.DeleteDeviceDocument,
    "\n  fragment DeviceTableRow on Device {\n    id\n    name\n    host\n    port\n    backupMethod\n    backupMethodInfo {\n      friendlyName\n      isBinary\n    }\n    location\n    tags\n    enabled\n    lastBackupAt\n    lastStatus\n    lastErrorCode\n    lastErrorMessage\n    lastChangedAt\n    savedState\n  }\n": typeof types.DeviceTableRowFragmentDoc,
    "\n  query EditDevice($id: ID!) {\n    device(id: $id) {\n      name\n      ...DeviceFormFields\n    }\n  }\n": typeof types.EditDeviceDocument,
    "\n  mutation ImportDevices($csv: String!, $dryRun: Boolean!) {\n    importDevices(csv: $csv, dryRun: $dryRun) {\n      ok\n      dryRun\n      errors {\n        row\n        field\n        message\n      }\n      devices {\n        name\n        host\n        port\n        backupMethod\n        location\n        tags\n        enabled\n      }\n    }\n  }\n": typeof types.ImportDevicesDocument,
    "\n  query EditRepository($id: ID!) {\n    repository(id: $id) {\n      name\n      ...RepositoryFormFields\n    }\n  }\n": typeof types.EditRepositoryDocument,
    "\n  fragment PathPreviewRepository on Repository {\n    id\n    name\n    pathTemplate\n  }\n": typeof types.PathPreviewRepositoryFragmentDoc,
    "\n  query RepositoryDevices($repositoryId: ID) {\n    using: devices(first: 200, filter: { repositoryId: $repositoryId }) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n    all: devices(first: 200) {\n      nodes {\n        id\n        name\n        location\n        tags\n        backupMethod\n        backupMethodInfo {\n          artifacts\n        }\n      }\n    }\n  }\n": typeof types.RepositoryDevicesDocument,
    "\n  fragment RepositoryFormFields on Repository {\n    id\n    name\n    kind\n    path\n    remoteUrl\n    hasRemoteToken\n    branch\n    pathTemplate\n    authorName\n    authorEmail\n  }\n": typeof types.RepositoryFormFieldsFragmentDoc,
    "\n  mutation CreateRepository($input: CreateRepositoryInput!) {\n    createRepository(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRepositoryDocument,
    "\n  mutation UpdateRepository($id: ID!, $input: UpdateRepositoryInput!) {\n    updateRepository(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateRepositoryDocument,
    "\n  query Repositories {\n    repositories {\n      id\n      name\n      kind\n      path\n      remoteUrl\n      hasRemoteToken\n      branch\n      pathTemplate\n      deviceCount\n      ...PathPreviewRepository\n    }\n  }\n": typeof types.RepositoriesDocument,
    "\n  query TestRepository($id: ID!) {\n    testRepository(id: $id) {\n      ok\n      messages\n    }\n  }\n": typeof types.TestRepositoryDocument,
    "\n  mutation DeleteRepository($id: ID!) {\n    deleteRepository(id: $id)\n  }\n": typeof types.DeleteRepositoryDocument,
    "\n  fragment RunStageFields on RunStage {\n    stage\n    status\n    attempt\n    code\n    message\n    artifact\n    at\n  }\n": typeof types.RunStageFieldsFragmentDoc,
    "\n  fragment RunResultSummary on RunResult {\n    backedUpCount\n    changedCount\n    unchangedCount\n    failedCount\n    gitStatus\n    commitDate\n    gitCommitStatus {\n      sha\n      filesChanged\n      pushed\n      pushError\n    }\n  }\n": typeof types.RunResultSummaryFragmentDoc,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      trigger\n      total\n      completed\n      succeededCount\n      failedCount\n      notStoredCount\n      storeAttempts\n      createdAt\n      startedAt\n      finishedAt\n      durationMs\n      requestedBy {\n        username\n      }\n      repository {\n        name\n      }\n      mode\n      concurrency\n      maxAttempts\n      error\n      devices {\n        id\n        deviceName\n        device {\n          id\n        }\n        status\n        attempts\n        durationMs\n        errorCode\n        errorMessage\n        stages {\n          ...RunStageFields\n        }\n      }\n      result {\n        ...RunResultSummary\n      }\n    }\n  }\n": typeof types.RunDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n    }\n  }\n": typeof types.CancelRunDocument,
    "\n  mutation RetryStore($runId: ID!) {\n    retryStore(runId: $runId) {\n      id\n    }\n  }\n": typeof types.RetryStoreDocument,
    "\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RunTableRow\n      }\n    }\n  }\n": typeof types.RunsDocument,
    "\n  fragment RunTableRow on Run {\n    id\n    status\n    trigger\n    total\n    completed\n    succeededCount\n    failedCount\n    createdAt\n    startedAt\n    durationMs\n    requestedBy {\n      username\n    }\n  }\n": typeof types.RunTableRowFragmentDoc,
    "\n  query EditSchedule($id: ID!) {\n    schedule(id: $id) {\n      name\n      ...ScheduleFormFields\n    }\n  }\n": typeof types.EditScheduleDocument,
    "\n  fragment ScheduleFormFields on Schedule {\n    id\n    name\n    cron\n    timeZone\n    enabled\n    mode\n    concurrency\n    selection\n    repository {\n      id\n    }\n  }\n": typeof types.ScheduleFormFieldsFragmentDoc,
    "\n  query ScheduleFormOptions {\n    repositories {\n      id\n      name\n    }\n    backupMethods {\n      key\n      friendlyName\n    }\n  }\n": typeof types.ScheduleFormOptionsDocument,
    "\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateScheduleDocument,
    "\n  mutation UpdateSchedule($id: ID!, $input: UpdateScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateScheduleDocument,
    "\n  query PreviewSchedule($cron: String!, $timeZone: String!) {\n    previewSchedule(cron: $cron, timeZone: $timeZone, count: 5) {\n      description\n      nextRuns\n      timeZone\n    }\n  }\n": typeof types.PreviewScheduleDocument,
    "\n  query Schedules {\n    schedules {\n      id\n      name\n      cron\n      description\n      timeZone\n      enabled\n      selection\n      nextRuns(count: 1)\n      lastRun {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n": typeof types.SchedulesDocument,
    "\n  mutation ToggleSchedule($id: ID!, $input: UpdateScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ToggleScheduleDocument,
    "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n": typeof types.DeleteScheduleDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      user {\n        username\n      }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorName\n        actorType\n        targetType\n        targetId\n        details\n        createdAt\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Users {\n    users {\n      id\n      username\n      role\n      createdAt\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": typeof types.DeleteUserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query LoggedIn {\n    me {\n      id\n    }\n  }\n": typeof types.LoggedInDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    role\n  }\n": types.SessionUserFragmentDoc,
    "\n  subscription RunProgress($runId: ID!, $afterSeq: Int!) {\n    runProgress(runId: $runId, afterSeq: $afterSeq) {\n      seq\n      type\n      current\n      total\n      message\n      deviceId\n      deviceName\n      status\n      code\n      at\n    }\n  }\n": types.RunProgressDocument,
    "\n  query BackupMethods {\n    backupMethods {\n      key\n      friendlyName\n      description\n      platform\n      artifacts\n      isBinary\n    }\n  }\n": types.BackupMethodsDocument,
    "\n  fragment CredentialSetFormFields on CredentialSet {\n    id\n    name\n    username\n    hasPassword\n    hasEnableSecret\n    hasPrivateKey\n    hasPassphrase\n    scope {\n      hosts\n      tags\n      ports\n    }\n  }\n": types.CredentialSetFormFieldsFragmentDoc,
    "\n  mutation CreateCredentialSet($input: CreateCredentialSetInput!) {\n    createCredentialSet(input: $input) {\n      id\n    }\n  }\n": types.CreateCredentialSetDocument,
    "\n  mutation UpdateCredentialSet($id: ID!, $input: UpdateCredentialSetInput!) {\n    updateCredentialSet(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateCredentialSetDocument,
    "\n  query CredentialSets {\n    credentialSets {\n      id\n      name\n      username\n      hasPassword\n      hasEnableSecret\n      hasPrivateKey\n      hasPassphrase\n      scoped\n      scope {\n        hosts\n        tags\n        ports\n      }\n      deviceCount\n      devices {\n        id\n        name\n      }\n    }\n  }\n": types.CredentialSetsDocument,
    "\n  mutation DeleteCredentialSet($id: ID!) {\n    deleteCredentialSet(id: $id)\n  }\n": types.DeleteCredentialSetDocument,
    "\n  query EditCredentialSet($id: ID!) {\n    credentialSet(id: $id) {\n      name\n      ...CredentialSetFormFields\n    }\n  }\n": types.EditCredentialSetDocument,
    "\n  query Dashboard($staleHours: Int!) {\n    dashboard(staleHours: $staleHours) {\n      staleHours\n      deviceCount\n      backedUpLast24h\n      failedCount\n      staleCount\n      averageDurationMs\n      dailySuccess {\n        ...SuccessChartDay\n      }\n      activeRuns {\n        id\n        status\n        total\n        completed\n        createdAt\n        startedAt\n      }\n      failedRuns {\n        id\n        error\n        finishedAt\n      }\n      mostChangedDevices(first: 10) {\n        device {\n          id\n          name\n        }\n        changes\n        lastChangedAt\n      }\n    }\n    runs(first: 8) {\n      nodes {\n        ...RunTableRow\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  subscription RunUpdates($afterId: ID) {\n    runUpdates(afterId: $afterId) {\n      id\n      runId\n      type\n      current\n      total\n    }\n  }\n": types.RunUpdatesDocument,
    "\n  fragment SuccessChartDay on DailySuccess {\n    day\n    succeeded\n    failed\n    rate\n  }\n": types.SuccessChartDayFragmentDoc,
    "\n  query BackupContent($id: ID!) {\n    backupContent(id: $id) {\n      content\n      lineCount\n      backup {\n        id\n        artifact\n        createdAt\n        size\n        sha256\n        downloadUrl\n        device {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.BackupContentDocument,
    "\n  query DiffBackups($fromId: ID!, $toId: ID!, $context: Int!) {\n    diffBackups(fromId: $fromId, toId: $toId, context: $context) {\n      added\n      removed\n      unchanged\n      unified\n      from {\n        id\n        artifact\n        createdAt\n        device {\n          name\n        }\n      }\n      to {\n        id\n        artifact\n        createdAt\n      }\n    }\n  }\n": types.DiffBackupsDocument,
    "\n  fragment CredentialSetOption on CredentialSet {\n    id\n    name\n    username\n    scope {\n      hosts\n      tags\n      ports\n    }\n  }\n": types.CredentialSetOptionFragmentDoc,
    "\n  query DeviceDetail($id: ID!) {\n    device(id: $id) {\n      id\n      name\n      host\n      port\n      backupMethod\n      backupMethodInfo {\n        friendlyName\n      }\n      location\n      enabled\n      lastBackupAt\n      lastSuccessAt\n      lastStatus\n      lastErrorCode\n      lastErrorMessage\n      lastChangedAt\n      savedState\n      prompt\n      hostKeyFingerprint\n      pendingHostKeyFingerprint\n      repository {\n        id\n        name\n      }\n      credentialSets {\n        name\n        scoped\n      }\n    }\n  }\n": types.DeviceDetailDocument,
    "\n  mutation BackupDevice($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n": types.BackupDeviceDocument,
    "\n  mutation AcceptHostKey($id: ID!) {\n    acceptHostKey(deviceId: $id) {\n      id\n    }\n  }\n": types.AcceptHostKeyDocument,
    "\n  query DeviceBackups($id: ID!, $first: Int!, $after: String) {\n    device(id: $id) {\n      id\n      backups(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          artifact\n          type\n          size\n          changed\n          createdAt\n          sha256\n          downloadUrl\n          run {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.DeviceBackupsDocument,
    "\n  query DeviceRuns($deviceId: ID!) {\n    runs(first: 10, filter: { deviceId: $deviceId }) {\n      totalCount\n      nodes {\n        id\n        status\n        createdAt\n        startedAt\n        devices(deviceIds: [$deviceId]) {\n          device {\n            id\n          }\n          status\n          attempts\n          durationMs\n          errorCode\n          errorMessage\n          stages {\n            ...RunStageFields\n          }\n        }\n      }\n    }\n  }\n": types.DeviceRunsDocument,
    "\n  query BackupMethodNames {\n    backupMethods {\n      key\n      friendlyName\n    }\n  }\n": types.BackupMethodNamesDocument,
    "\n  fragment DeviceFormFields on Device {\n    id\n    name\n    host\n    port\n    backupMethod\n    location\n    tags\n    enabled\n    repository {\n      id\n    }\n    credentialSets {\n      id\n    }\n    sshProfile\n    keepSecrets\n    prompt\n  }\n": types.DeviceFormFieldsFragmentDoc,
    "\n  query DeviceFormOptions {\n    backupMethods {\n      key\n      friendlyName\n      description\n      isBinary\n    }\n    credentialSets {\n      ...CredentialSetOption\n    }\n    repositories {\n      id\n      name\n    }\n  }\n": types.DeviceFormOptionsDocument,
    "\n  mutation CreateDevice($input: CreateDeviceInput!) {\n    createDevice(input: $input) {\n      id\n    }\n  }\n": types.CreateDeviceDocument,
    "\n  mutation UpdateDevice($id: ID!, $input: UpdateDeviceInput!) {\n    updateDevice(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateDeviceDocument,
    "\n  query Devices($first: Int!, $after: String, $search: String, $filter: DeviceFilter, $sort: DeviceSort) {\n    devices(first: $first, after: $after, search: $search, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        repository {\n          id\n        }\n        ...DeviceTableRow\n      }\n    }\n  }\n": types.DevicesDocument,
    "\n  query RunRepositories {\n    repositories {\n      id\n      name\n    }\n  }\n": types.RunRepositoriesDocument,
    "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n": types.StartRunDocument,
    "\n  mutation DeleteDevice($id: ID!) {\n    deleteDevice(id: $id)\n  }\n": types.DeleteDeviceDocument,
    "\n  fragment DeviceTableRow on Device {\n    id\n    name\n    host\n    port\n    backupMethod\n    backupMethodInfo {\n      friendlyName\n      isBinary\n    }\n    location\n    tags\n    enabled\n    lastBackupAt\n    lastStatus\n    lastErrorCode\n    lastErrorMessage\n    lastChangedAt\n    savedState\n  }\n": types.DeviceTableRowFragmentDoc,
    "\n  query EditDevice($id: ID!) {\n    device(id: $id) {\n      name\n      ...DeviceFormFields\n    }\n  }\n": types.EditDeviceDocument,
    "\n  mutation ImportDevices($csv: String!, $dryRun: Boolean!) {\n    importDevices(csv: $csv, dryRun: $dryRun) {\n      ok\n      dryRun\n      errors {\n        row\n        field\n        message\n      }\n      devices {\n        name\n        host\n        port\n        backupMethod\n        location\n        tags\n        enabled\n      }\n    }\n  }\n": types.ImportDevicesDocument,
    "\n  query EditRepository($id: ID!) {\n    repository(id: $id) {\n      name\n      ...RepositoryFormFields\n    }\n  }\n": types.EditRepositoryDocument,
    "\n  fragment PathPreviewRepository on Repository {\n    id\n    name\n    pathTemplate\n  }\n": types.PathPreviewRepositoryFragmentDoc,
    "\n  query RepositoryDevices($repositoryId: ID) {\n    using: devices(first: 200, filter: { repositoryId: $repositoryId }) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n    all: devices(first: 200) {\n      nodes {\n        id\n        name\n        location\n        tags\n        backupMethod\n        backupMethodInfo {\n          artifacts\n        }\n      }\n    }\n  }\n": types.RepositoryDevicesDocument,
    "\n  fragment RepositoryFormFields on Repository {\n    id\n    name\n    kind\n    path\n    remoteUrl\n    hasRemoteToken\n    branch\n    pathTemplate\n    authorName\n    authorEmail\n  }\n": types.RepositoryFormFieldsFragmentDoc,
    "\n  mutation CreateRepository($input: CreateRepositoryInput!) {\n    createRepository(input: $input) {\n      id\n    }\n  }\n": types.CreateRepositoryDocument,
    "\n  mutation UpdateRepository($id: ID!, $input: UpdateRepositoryInput!) {\n    updateRepository(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateRepositoryDocument,
    "\n  query Repositories {\n    repositories {\n      id\n      name\n      kind\n      path\n      remoteUrl\n      hasRemoteToken\n      branch\n      pathTemplate\n      deviceCount\n      ...PathPreviewRepository\n    }\n  }\n": types.RepositoriesDocument,
    "\n  query TestRepository($id: ID!) {\n    testRepository(id: $id) {\n      ok\n      messages\n    }\n  }\n": types.TestRepositoryDocument,
    "\n  mutation DeleteRepository($id: ID!) {\n    deleteRepository(id: $id)\n  }\n": types.DeleteRepositoryDocument,
    "\n  fragment RunStageFields on RunStage {\n    stage\n    status\n    attempt\n    code\n    message\n    artifact\n    at\n  }\n": types.RunStageFieldsFragmentDoc,
    "\n  fragment RunResultSummary on RunResult {\n    backedUpCount\n    changedCount\n    unchangedCount\n    failedCount\n    gitStatus\n    commitDate\n    gitCommitStatus {\n      sha\n      filesChanged\n      pushed\n      pushError\n    }\n  }\n": types.RunResultSummaryFragmentDoc,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      trigger\n      total\n      completed\n      succeededCount\n      failedCount\n      notStoredCount\n      storeAttempts\n      createdAt\n      startedAt\n      finishedAt\n      durationMs\n      requestedBy {\n        username\n      }\n      repository {\n        name\n      }\n      mode\n      concurrency\n      maxAttempts\n      error\n      devices {\n        id\n        deviceName\n        device {\n          id\n        }\n        status\n        attempts\n        durationMs\n        errorCode\n        errorMessage\n        stages {\n          ...RunStageFields\n        }\n      }\n      result {\n        ...RunResultSummary\n      }\n    }\n  }\n": types.RunDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n    }\n  }\n": types.CancelRunDocument,
    "\n  mutation RetryStore($runId: ID!) {\n    retryStore(runId: $runId) {\n      id\n    }\n  }\n": types.RetryStoreDocument,
    "\n  query Runs($first: Int!, $after: String, $filter: RunFilter) {\n    runs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RunTableRow\n      }\n    }\n  }\n": types.RunsDocument,
    "\n  fragment RunTableRow on Run {\n    id\n    status\n    trigger\n    total\n    completed\n    succeededCount\n    failedCount\n    createdAt\n    startedAt\n    durationMs\n    requestedBy {\n      username\n    }\n  }\n": types.RunTableRowFragmentDoc,
    "\n  query EditSchedule($id: ID!) {\n    schedule(id: $id) {\n      name\n      ...ScheduleFormFields\n    }\n  }\n": types.EditScheduleDocument,
    "\n  fragment ScheduleFormFields on Schedule {\n    id\n    name\n    cron\n    timeZone\n    enabled\n    mode\n    concurrency\n    selection\n    repository {\n      id\n    }\n  }\n": types.ScheduleFormFieldsFragmentDoc,
    "\n  query ScheduleFormOptions {\n    repositories {\n      id\n      name\n    }\n    backupMethods {\n      key\n      friendlyName\n    }\n  }\n": types.ScheduleFormOptionsDocument,
    "\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) {\n      id\n    }\n  }\n": types.CreateScheduleDocument,
    "\n  mutation UpdateSchedule($id: ID!, $input: UpdateScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateScheduleDocument,
    "\n  query PreviewSchedule($cron: String!, $timeZone: String!) {\n    previewSchedule(cron: $cron, timeZone: $timeZone, count: 5) {\n      description\n      nextRuns\n      timeZone\n    }\n  }\n": types.PreviewScheduleDocument,
    "\n  query Schedules {\n    schedules {\n      id\n      name\n      cron\n      description\n      timeZone\n      enabled\n      selection\n      nextRuns(count: 1)\n      lastRun {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n": types.SchedulesDocument,
    "\n  mutation ToggleSchedule($id: ID!, $input: UpdateScheduleInput!) {\n    updateSchedule(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ToggleScheduleDocument,
    "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n": types.DeleteScheduleDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      user {\n        username\n      }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorName\n        actorType\n        targetType\n        targetId\n        details\n        createdAt\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Users {\n    users {\n      id\n      username\n      role\n      createdAt\n    }\n  }\n": types.UsersDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": types.DeleteUserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n": types.LoginDocument,
    "\n  query LoggedIn {\n    me {\n      id\n    }\n  }\n": types.LoggedInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').MeDocument;
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
export function graphql(source: "\n  subscription RunProgress($runId: ID!, $afterSeq: Int!) {\n    runProgress(runId: $runId, afterSeq: $afterSeq) {\n      seq\n      type\n      current\n      total\n      message\n      deviceId\n      deviceName\n      status\n      code\n      at\n    }\n  }\n"): typeof import('./graphql').RunProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupMethods {\n    backupMethods {\n      key\n      friendlyName\n      description\n      platform\n      artifacts\n      isBinary\n    }\n  }\n"): typeof import('./graphql').BackupMethodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CredentialSetFormFields on CredentialSet {\n    id\n    name\n    username\n    hasPassword\n    hasEnableSecret\n    hasPrivateKey\n    hasPassphrase\n    scope {\n      hosts\n      tags\n      ports\n    }\n  }\n"): typeof import('./graphql').CredentialSetFormFieldsFragmentDoc;
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
export function graphql(source: "\n  query CredentialSets {\n    credentialSets {\n      id\n      name\n      username\n      hasPassword\n      hasEnableSecret\n      hasPrivateKey\n      hasPassphrase\n      scoped\n      scope {\n        hosts\n        tags\n        ports\n      }\n      deviceCount\n      devices {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CredentialSetsDocument;
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
export function graphql(source: "\n  fragment SuccessChartDay on DailySuccess {\n    day\n    succeeded\n    failed\n    rate\n  }\n"): typeof import('./graphql').SuccessChartDayFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupContent($id: ID!) {\n    backupContent(id: $id) {\n      content\n      lineCount\n      backup {\n        id\n        artifact\n        createdAt\n        size\n        sha256\n        downloadUrl\n        device {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BackupContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiffBackups($fromId: ID!, $toId: ID!, $context: Int!) {\n    diffBackups(fromId: $fromId, toId: $toId, context: $context) {\n      added\n      removed\n      unchanged\n      unified\n      from {\n        id\n        artifact\n        createdAt\n        device {\n          name\n        }\n      }\n      to {\n        id\n        artifact\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').DiffBackupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CredentialSetOption on CredentialSet {\n    id\n    name\n    username\n    scope {\n      hosts\n      tags\n      ports\n    }\n  }\n"): typeof import('./graphql').CredentialSetOptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceDetail($id: ID!) {\n    device(id: $id) {\n      id\n      name\n      host\n      port\n      backupMethod\n      backupMethodInfo {\n        friendlyName\n      }\n      location\n      enabled\n      lastBackupAt\n      lastSuccessAt\n      lastStatus\n      lastErrorCode\n      lastErrorMessage\n      lastChangedAt\n      savedState\n      prompt\n      hostKeyFingerprint\n      pendingHostKeyFingerprint\n      repository {\n        id\n        name\n      }\n      credentialSets {\n        name\n        scoped\n      }\n    }\n  }\n"): typeof import('./graphql').DeviceDetailDocument;
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
export function graphql(source: "\n  query DeviceBackups($id: ID!, $first: Int!, $after: String) {\n    device(id: $id) {\n      id\n      backups(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          artifact\n          type\n          size\n          changed\n          createdAt\n          sha256\n          downloadUrl\n          run {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeviceBackupsDocument;
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
export function graphql(source: "\n  fragment DeviceFormFields on Device {\n    id\n    name\n    host\n    port\n    backupMethod\n    location\n    tags\n    enabled\n    repository {\n      id\n    }\n    credentialSets {\n      id\n    }\n    sshProfile\n    keepSecrets\n    prompt\n  }\n"): typeof import('./graphql').DeviceFormFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceFormOptions {\n    backupMethods {\n      key\n      friendlyName\n      description\n      isBinary\n    }\n    credentialSets {\n      ...CredentialSetOption\n    }\n    repositories {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DeviceFormOptionsDocument;
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
export function graphql(source: "\n  query Devices($first: Int!, $after: String, $search: String, $filter: DeviceFilter, $sort: DeviceSort) {\n    devices(first: $first, after: $after, search: $search, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        repository {\n          id\n        }\n        ...DeviceTableRow\n      }\n    }\n  }\n"): typeof import('./graphql').DevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunRepositories {\n    repositories {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RunRepositoriesDocument;
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
export function graphql(source: "\n  fragment DeviceTableRow on Device {\n    id\n    name\n    host\n    port\n    backupMethod\n    backupMethodInfo {\n      friendlyName\n      isBinary\n    }\n    location\n    tags\n    enabled\n    lastBackupAt\n    lastStatus\n    lastErrorCode\n    lastErrorMessage\n    lastChangedAt\n    savedState\n  }\n"): typeof import('./graphql').DeviceTableRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditDevice($id: ID!) {\n    device(id: $id) {\n      name\n      ...DeviceFormFields\n    }\n  }\n"): typeof import('./graphql').EditDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDevices($csv: String!, $dryRun: Boolean!) {\n    importDevices(csv: $csv, dryRun: $dryRun) {\n      ok\n      dryRun\n      errors {\n        row\n        field\n        message\n      }\n      devices {\n        name\n        host\n        port\n        backupMethod\n        location\n        tags\n        enabled\n      }\n    }\n  }\n"): typeof import('./graphql').ImportDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditRepository($id: ID!) {\n    repository(id: $id) {\n      name\n      ...RepositoryFormFields\n    }\n  }\n"): typeof import('./graphql').EditRepositoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathPreviewRepository on Repository {\n    id\n    name\n    pathTemplate\n  }\n"): typeof import('./graphql').PathPreviewRepositoryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepositoryDevices($repositoryId: ID) {\n    using: devices(first: 200, filter: { repositoryId: $repositoryId }) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n    all: devices(first: 200) {\n      nodes {\n        id\n        name\n        location\n        tags\n        backupMethod\n        backupMethodInfo {\n          artifacts\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RepositoryDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepositoryFormFields on Repository {\n    id\n    name\n    kind\n    path\n    remoteUrl\n    hasRemoteToken\n    branch\n    pathTemplate\n    authorName\n    authorEmail\n  }\n"): typeof import('./graphql').RepositoryFormFieldsFragmentDoc;
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
export function graphql(source: "\n  query Repositories {\n    repositories {\n      id\n      name\n      kind\n      path\n      remoteUrl\n      hasRemoteToken\n      branch\n      pathTemplate\n      deviceCount\n      ...PathPreviewRepository\n    }\n  }\n"): typeof import('./graphql').RepositoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRepository($id: ID!) {\n    testRepository(id: $id) {\n      ok\n      messages\n    }\n  }\n"): typeof import('./graphql').TestRepositoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRepository($id: ID!) {\n    deleteRepository(id: $id)\n  }\n"): typeof import('./graphql').DeleteRepositoryDocument;
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
export function graphql(source: "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      trigger\n      total\n      completed\n      succeededCount\n      failedCount\n      notStoredCount\n      storeAttempts\n      createdAt\n      startedAt\n      finishedAt\n      durationMs\n      requestedBy {\n        username\n      }\n      repository {\n        name\n      }\n      mode\n      concurrency\n      maxAttempts\n      error\n      devices {\n        id\n        deviceName\n        device {\n          id\n        }\n        status\n        attempts\n        durationMs\n        errorCode\n        errorMessage\n        stages {\n          ...RunStageFields\n        }\n      }\n      result {\n        ...RunResultSummary\n      }\n    }\n  }\n"): typeof import('./graphql').RunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CancelRunDocument;
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
export function graphql(source: "\n  fragment RunTableRow on Run {\n    id\n    status\n    trigger\n    total\n    completed\n    succeededCount\n    failedCount\n    createdAt\n    startedAt\n    durationMs\n    requestedBy {\n      username\n    }\n  }\n"): typeof import('./graphql').RunTableRowFragmentDoc;
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
export function graphql(source: "\n  query PreviewSchedule($cron: String!, $timeZone: String!) {\n    previewSchedule(cron: $cron, timeZone: $timeZone, count: 5) {\n      description\n      nextRuns\n      timeZone\n    }\n  }\n"): typeof import('./graphql').PreviewScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schedules {\n    schedules {\n      id\n      name\n      cron\n      description\n      timeZone\n      enabled\n      selection\n      nextRuns(count: 1)\n      lastRun {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').SchedulesDocument;
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
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        actorName\n        actorType\n        targetType\n        targetId\n        details\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
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
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoggedIn {\n    me {\n      id\n    }\n  }\n"): typeof import('./graphql').LoggedInDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
